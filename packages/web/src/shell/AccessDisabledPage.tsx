import { useTranslation } from 'react-i18next';
import { clearAccessDenied } from '../auth/accessDenied.js';
import { signOutEverywhere } from '../auth/session.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { BrandMark } from './BrandMark.js';
import { useDocumentTitle } from './useDocumentTitle.js';

/**
 * Shown instead of an empty screen to a user whose access was revoked or removed: still signed in
 * but refused by the rules, or signed out by the backend when their account was disabled.
 */
export function AccessDisabledPage({ signedIn = true }: { signedIn?: boolean }) {
  const { t } = useTranslation();
  const { branding } = useTenant();
  useDocumentTitle(t('titles.accessDisabled'));
  return (
    <main className="centered-page">
      <div className="card access-disabled">
        <BrandMark branding={branding} large />
        <h1>{t('accessDisabled.title')}</h1>
        <p role="alert">{t('accessDisabled.body', { agency: branding.name })}</p>
        {signedIn ? (
          <button type="button" className="primary" onClick={() => void signOutEverywhere()}>
            {t('session.signOut')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={clearAccessDenied}>
            {t('accessDisabled.backToSignIn')}
          </button>
        )}
      </div>
    </main>
  );
}
