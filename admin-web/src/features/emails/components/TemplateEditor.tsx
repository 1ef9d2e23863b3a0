import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emailAudiences,
  emailEventCatalogue,
  eventsForAudience,
  languages,
  type Branding,
  type CompanyDetails,
  type EmailEvent,
  type Language,
} from '@portail/shared';
import {
  useEmailTemplate,
  useResetEmailTemplate,
  useSaveEmailTemplate,
  useSendTestEmail,
} from '../api/emailTemplate.js';
import { TemplateForm } from './TemplateForm.js';

/** Picks an event and a language, then edits that template (N2). */
export function TemplateEditor({
  branding,
  company,
}: {
  branding: Branding;
  company: CompanyDetails;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage: Language = i18n.language.startsWith('en') ? 'en' : 'fr';
  const [event, setEvent] = useState<EmailEvent>('propertiesPublished');
  const [language, setLanguage] = useState<Language>(branding.language);
  const current = useEmailTemplate(event, language);
  const save = useSaveEmailTemplate();
  const test = useSendTestEmail();
  const reset = useResetEmailTemplate();
  const choose = (next: () => void) => {
    save.reset();
    test.reset();
    reset.reset();
    next();
  };
  return (
    <section className="panel emails-section" aria-labelledby="emails-templates-title">
      <h2 id="emails-templates-title">{t('emails.templates.title')}</h2>
      <p className="muted">{t('emails.templates.intro')}</p>
      <div className="emails-pickers">
        <label className="admin-field">
          <span>{t('emails.templates.event')}</span>
          <select
            value={event}
            onChange={(e) => choose(() => setEvent(e.target.value as EmailEvent))}
          >
            {emailAudiences.map((audience) => (
              <optgroup key={audience} label={t(`emails.templates.audiences.${audience}`)}>
                {eventsForAudience(audience).map((name) => (
                  <option key={name} value={name}>
                    {emailEventCatalogue[name].label[uiLanguage]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span>{t('emails.templates.language')}</span>
          <select
            value={language}
            onChange={(e) => choose(() => setLanguage(e.target.value as Language))}
          >
            {languages.map((name) => (
              <option key={name} value={name}>
                {name === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </div>
      {current.data ? (
        <TemplateForm
          // A new event, language or saved version starts a fresh draft.
          key={`${event}-${language}-${current.dataUpdatedAt}`}
          event={event}
          language={language}
          initial={current.data.template}
          edited={current.data.edited}
          branding={branding}
          company={company}
          save={save}
          test={test}
          reset={reset}
        />
      ) : (
        <p>{t('ui.loading')}</p>
      )}
    </section>
  );
}
