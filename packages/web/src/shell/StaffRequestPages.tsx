import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from 'firebase/auth';
import { clearAccessDenied } from '../auth/accessDenied.js';
import { signOutEverywhere } from '../auth/session.js';
import { errorCode } from '../firebase/callable.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { BrandMark } from './BrandMark.js';
import { clearRequestRejected, reportRequestRejected } from './staffRequestOutcome.js';
import { useDocumentTitle } from './useDocumentTitle.js';

/** What a token refresh answers once an admin rejected the request: the account is gone. */
const accountGone = new Set([
  'auth/user-token-expired',
  'auth/user-not-found',
  'auth/user-disabled',
  // The Auth emulator's answer for a deleted user.
  'auth/invalid-refresh-token',
]);

/**
 * A collaborator whose request (`/firstlogin`) no admin has decided yet: signed in, without
 * claims. "Vérifier à nouveau" refreshes the token: approved, the claims arrive and the shell lets
 * them in; rejected, the account no longer exists and the rejected page follows.
 */
export function StaffRequestPendingPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const { branding } = useTenant();
  useDocumentTitle(t('titles.pending'));
  const [checking, setChecking] = useState(false);
  const [stillPending, setStillPending] = useState(false);

  async function check() {
    setChecking(true);
    setStillPending(false);
    try {
      await user.getIdToken(true);
      setStillPending(true);
    } catch (error) {
      if (!accountGone.has(errorCode(error) ?? '')) throw error;
      reportRequestRejected(user.uid);
      await signOutEverywhere().catch(() => undefined);
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="centered-page">
      <div className="card access-disabled">
        <BrandMark branding={branding} large />
        <h1>{t('staffRequest.pendingTitle')}</h1>
        <p>{t('staffRequest.pendingBody', { agency: branding.name })}</p>
        {stillPending && (
          <p role="status" className="notice">
            {t('staffRequest.stillPending')}
          </p>
        )}
        <button type="button" className="primary" disabled={checking} onClick={() => void check()}>
          {checking ? t('staffRequest.checking') : t('staffRequest.check')}
        </button>
        <button type="button" className="secondary" onClick={() => void signOutEverywhere()}>
          {t('session.signOut')}
        </button>
      </div>
    </main>
  );
}

/** Shown after the check above found the request rejected (and the session ended with it). */
export function StaffRequestRejectedPage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  useDocumentTitle(t('titles.rejected'));
  return (
    <main className="centered-page">
      <div className="card access-disabled">
        <BrandMark branding={branding} large />
        <h1>{t('staffRequest.rejectedTitle')}</h1>
        <p role="alert">{t('staffRequest.rejectedBody', { agency: branding.name })}</p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clearRequestRejected();
            clearAccessDenied();
          }}
        >
          {t('accessDisabled.backToSignIn')}
        </button>
      </div>
    </main>
  );
}
