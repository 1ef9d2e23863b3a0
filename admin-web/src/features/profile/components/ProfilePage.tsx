import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage, useSignedIn } from '@portail/web';
import { MyNotifications } from '../../emails/components/MyNotifications.js';
import { useMutedEvents } from '../../emails/api/myNotifications.js';
import '../../emails/emails.css';
import '../profile.css';

/**
 * « Mon profil », open to every staff role: who is signed in, and the events they choose to hear
 * of (e-mail and bell alike). Settings are for owners and admins; this is each member's own.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user, claims } = useSignedIn();
  const muted = useMutedEvents();
  return (
    <ShellPage title={t('profile.title')}>
      <section className="panel profile-account" aria-labelledby="profile-account-title">
        <h2 id="profile-account-title">{t('profile.account')}</h2>
        <dl>
          {user.displayName && (
            <div>
              <dt>{t('profile.name')}</dt>
              <dd>{user.displayName}</dd>
            </div>
          )}
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>{user.email ? <a href={`mailto:${user.email}`}>{user.email}</a> : '—'}</dd>
          </div>
          <div>
            <dt>{t('profile.role')}</dt>
            <dd>{t(`session.roles.${claims.role}`)}</dd>
          </div>
        </dl>
      </section>
      <p className="muted profile-intro">{t('profile.notificationsIntro')}</p>
      {muted.isError ? (
        <p role="alert" className="error">
          {errorMessage(muted.error)}
        </p>
      ) : muted.data ? (
        <MyNotifications initial={muted.data} />
      ) : (
        <p>{t('ui.loading')}</p>
      )}
    </ShellPage>
  );
}
