import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <main className="centered-page" aria-busy="true">
      <p>{t('common.loading')}</p>
    </main>
  );
}
