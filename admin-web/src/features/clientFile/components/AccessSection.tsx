import { useTranslation } from 'react-i18next';
import type { ClientRow } from '../../clients/api/clientRow.js';
import { ClientActions } from '../../clients/components/ClientActions.js';
import { EmailLink } from '../../clients/components/ContactLinks.js';
import { useIsManager } from '../../common/useIsManager.js';

function useDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
  });
  return (millis: number) => format.format(millis);
}

/**
 * Who can sign in to the space (the `logins` the functions keep: invited, password chosen) and
 * the access actions of the list, the same component.
 */
export function AccessSection({ client, onDeleted }: { client: ClientRow; onDeleted: () => void }) {
  const { t } = useTranslation();
  const manager = useIsManager();
  const date = useDate();
  const tracked = new Set(client.logins.map((login) => login.uid));
  const untracked = client.loginUids.filter((uid) => !tracked.has(uid)).length;

  return (
    <section className="panel file-section" aria-labelledby="access-title">
      <h2 id="access-title">{t('clientFile.access.title')}</h2>
      <h3>{t('clientFile.access.logins')}</h3>
      {client.logins.length === 0 && untracked === 0 ? (
        <p className="empty-state">{t('clientFile.access.none')}</p>
      ) : (
        <ul className="login-list">
          {client.logins.map((login) => (
            <li key={login.uid}>
              <span className="login-name">{login.displayName || login.email}</span>
              <EmailLink email={login.email} name={login.displayName || login.email} />
              {login.passwordSetAt !== null ? (
                <span className="badge badge-active">
                  {t('clientFile.access.passwordSet', { date: date(login.passwordSetAt) })}
                </span>
              ) : login.invitedAt !== null ? (
                <span className="badge badge-invited">
                  {t('clientFile.access.invited', {
                    date: date(login.invitedAt),
                    count: Math.max(1, login.invitationCount),
                  })}
                </span>
              ) : (
                <span className="badge">{t('clientFile.access.notInvited')}</span>
              )}
            </li>
          ))}
          {untracked > 0 && (
            <li className="field-help">
              {client.logins.length > 0
                ? t('clientFile.access.untrackedMore', { count: untracked })
                : t('clientFile.access.untracked', { count: untracked })}
            </li>
          )}
        </ul>
      )}
      <h3>{t('clientFile.access.actions')}</h3>
      <ClientActions client={client} manager={manager} onDeleted={onDeleted} />
    </section>
  );
}
