import { useTranslation } from 'react-i18next';

export function UnknownHostPage({ host }: { host: string }) {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <div className="card">
        <h1>{t('unknownHost.title')}</h1>
        <p>{t('unknownHost.body', { host })}</p>
      </div>
    </main>
  );
}
