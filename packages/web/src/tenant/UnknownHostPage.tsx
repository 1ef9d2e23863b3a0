import { useTranslation } from 'react-i18next';
import { PublicLinks, signUpHref } from '../shell/PublicLinks.js';
import { useExactDocumentTitle } from '../shell/useDocumentTitle.js';
import type { AppKind } from './resolveTenant.js';

/** No agency owns this host: say so, and lead a would-be agency to the platform's sign-up. */
export function UnknownHostPage({ host, app }: { host: string; app: AppKind }) {
  const { t } = useTranslation();
  useExactDocumentTitle(t('titles.unknownHost'));
  return (
    <main className="centered-page">
      <div className="card">
        <h1>{t('unknownHost.title')}</h1>
        <p>{t('unknownHost.body', { host })}</p>
        {signUpHref(app) && (
          <>
            <p className="field-help">{t('entry.unknownHostHelp')}</p>
            <PublicLinks show={['createAgency']} app={app} prompts={false} />
          </>
        )}
      </div>
    </main>
  );
}
