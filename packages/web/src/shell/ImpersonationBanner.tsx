import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from 'firebase/auth';
import { signOutEverywhere } from '../auth/session.js';

/** Always visible while staff preview the client app (T6): whose eyes, and the way out. */
export function ImpersonationBanner({ user, fallbackName }: { user: User; fallbackName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = user.displayName || user.email || fallbackName;

  async function leave() {
    await signOutEverywhere();
    // A preview opened by the admin app in its own tab closes; otherwise back to the start.
    window.close();
    void navigate('/', { replace: true });
  }

  return (
    <div className="impersonation-banner" role="status">
      <span>{t('impersonation.banner', { name })}</span>
      <button type="button" className="secondary" onClick={() => void leave()}>
        {t('impersonation.leave')}
      </button>
    </div>
  );
}
