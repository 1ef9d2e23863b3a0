import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emailEventCatalogue,
  optionalEventsFor,
  type EmailEvent,
  type Language,
} from '@portail/shared';
import { errorMessage, useReadOnly, useSignedIn } from '@portail/web';
import { useSaveMutedEvents } from '../api/myNotifications.js';

/** The signed-in member's own choice of the client-action e-mails they receive (N1). */
export function MyNotifications({ initial }: { initial: EmailEvent[] }) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const { claims } = useSignedIn();
  const uiLanguage: Language = i18n.language.startsWith('en') ? 'en' : 'fr';
  const [muted, setMuted] = useState(() => new Set(initial));
  const save = useSaveMutedEvents();
  const toggle = (event: EmailEvent, wanted: boolean) => {
    save.reset();
    setMuted((current) => {
      const next = new Set(current);
      if (wanted) next.delete(event);
      else next.add(event);
      return next;
    });
  };
  return (
    <section className="panel emails-section" aria-labelledby="emails-mine-title">
      <h2 id="emails-mine-title">{t('emails.mine.title')}</h2>
      <p className="muted">{t('emails.mine.intro')}</p>
      <form
        className="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate([...muted]);
        }}
      >
        {optionalEventsFor(claims.role).map((event) => (
          <label key={event} className="switch">
            <input
              type="checkbox"
              checked={!muted.has(event)}
              disabled={readOnly}
              onChange={(e) => toggle(event, e.target.checked)}
            />
            <span>{emailEventCatalogue[event].label[uiLanguage]}</span>
          </label>
        ))}
        {save.error ? (
          <p role="alert" className="error">
            {errorMessage(save.error)}
          </p>
        ) : save.isSuccess ? (
          <p role="status" className="saved">
            {t('emails.mine.saved')}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={readOnly || save.isPending}>
          {t('emails.mine.save')}
        </button>
      </form>
    </section>
  );
}
