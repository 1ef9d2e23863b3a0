import { useTranslation } from 'react-i18next';
import { errorMessage, useReadOnly } from '@portail/web';
import { useSetWantsEmails, useWantsEmails } from '../api/emailPreferences.js';

/** The login's own switch for the agency's non-essential e-mails (N1); security ones always go. */
export function EmailPreferences() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const wants = useWantsEmails();
  const save = useSetWantsEmails();
  if (wants.data === undefined) return null;
  const checked = save.isPending ? save.variables : wants.data;
  return (
    <section className="space-email-prefs" aria-labelledby="space-email-prefs-title">
      <h2 id="space-email-prefs-title">{t('space.emailPrefs.title')}</h2>
      <label className="switch">
        <input
          type="checkbox"
          checked={checked}
          disabled={readOnly || save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        <span>{t('space.emailPrefs.label')}</span>
      </label>
      <p className="muted">{t('space.emailPrefs.hint')}</p>
      {save.error ? (
        <p role="alert" className="error">
          {errorMessage(save.error)}
        </p>
      ) : save.isSuccess ? (
        <p role="status" className="saved">
          {t('space.emailPrefs.saved')}
        </p>
      ) : null}
    </section>
  );
}
