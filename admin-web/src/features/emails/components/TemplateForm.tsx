import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  eventTags,
  emailEventCatalogue,
  listCatalogue,
  tagCatalogue,
  validateTemplate,
  type Branding,
  type CompanyDetails,
  type EmailEvent,
  type EmailTemplate,
  type Language,
  type TemplateIssue,
} from '@portail/shared';
import { ConfirmDialog, errorMessage, useReadOnly } from '@portail/web';
import type {
  useResetEmailTemplate,
  useSaveEmailTemplate,
  useSendTestEmail,
} from '../api/emailTemplate.js';
import { TemplateIssues } from './TemplateIssues.js';
import { TemplatePreview } from './TemplatePreview.js';

interface Props {
  event: EmailEvent;
  language: Language;
  initial: EmailTemplate;
  edited: boolean;
  branding: Branding;
  company: CompanyDetails;
  /**
   * Owned by the editor: a save refetches the template, which starts a fresh form, and the
   * outcome must outlive it.
   */
  save: ReturnType<typeof useSaveEmailTemplate>;
  test: ReturnType<typeof useSendTestEmail>;
  reset: ReturnType<typeof useResetEmailTemplate>;
}

/** A refusal from the server carries the same issues as the live check (code, part, position). */
function serverIssues(error: unknown): TemplateIssue[] {
  const details = (error as { details?: { issues?: unknown } } | null)?.details;
  return Array.isArray(details?.issues) ? (details.issues as TemplateIssue[]) : [];
}

/** Edits one event's e-mail in one language, checked and previewed as it is typed. */
export function TemplateForm({
  event,
  language,
  initial,
  edited,
  branding,
  company,
  save,
  test,
  reset,
}: Props) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState<EmailTemplate>(initial);
  const [confirmReset, setConfirmReset] = useState(false);
  const issues = useMemo(() => validateTemplate(event, draft).issues, [event, draft]);
  const uiLanguage: Language = i18n.language.startsWith('en') ? 'en' : 'fr';
  const definition = emailEventCatalogue[event];
  const change = (part: keyof EmailTemplate, value: string) => {
    save.reset();
    test.reset();
    reset.reset();
    setDraft((current) => ({ ...current, [part]: value }));
  };

  function submit(submitted: FormEvent) {
    submitted.preventDefault();
    reset.reset();
    test.reset();
    if (issues.length === 0) save.mutate({ event, language, ...draft });
  }

  const failure = save.error ?? test.error ?? reset.error;
  const refused = serverIssues(failure);
  return (
    <form className="emails-editor" onSubmit={submit} noValidate>
      <div className="emails-fields">
        <p className={edited ? 'badge badge-active' : 'badge badge-draft'}>
          {edited ? t('emails.templates.edited') : t('emails.templates.default')}
        </p>
        <div className="admin-field">
          <label htmlFor="email-subject">{t('emails.templates.subject')}</label>
          <input
            id="email-subject"
            value={draft.subject}
            readOnly={readOnly}
            onChange={(e) => change('subject', e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor="email-text">{t('emails.templates.text')}</label>
          <textarea
            id="email-text"
            rows={10}
            value={draft.text}
            readOnly={readOnly}
            onChange={(e) => change('text', e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor="email-html">{t('emails.templates.html')}</label>
          <textarea
            id="email-html"
            rows={10}
            className="emails-code"
            value={draft.html}
            readOnly={readOnly}
            onChange={(e) => change('html', e.target.value)}
          />
        </div>
        <details className="emails-tags">
          <summary>{t('emails.templates.tags')}</summary>
          <ul>
            {eventTags(event).map((tag) => (
              <li key={tag}>
                <code>{`{{${tag}}}`}</code> {tagCatalogue[tag].label[uiLanguage]}
              </li>
            ))}
            {definition.lists.map((list) => (
              <li key={list}>
                <code>{`{{#${list}}}…{{/${list}}}`}</code> {listCatalogue[list].label[uiLanguage]} (
                {listCatalogue[list].itemTags.map((tag) => `{{${tag}}}`).join(', ')})
              </li>
            ))}
          </ul>
        </details>
        <TemplateIssues issues={issues.length > 0 ? issues : refused} />
        {failure && refused.length === 0 ? (
          <p role="alert" className="error">
            {errorMessage(failure)}
          </p>
        ) : null}
        {save.isSuccess && (
          <p role="status" className="saved">
            {t('emails.templates.saved')}
          </p>
        )}
        {test.data && (
          <p role="status" className="saved">
            {t('emails.templates.testSent', { to: test.data.to })}
          </p>
        )}
        {reset.isSuccess && (
          <p role="status" className="saved">
            {t('emails.templates.resetDone')}
          </p>
        )}
        <div className="emails-actions">
          <button
            type="submit"
            className="primary"
            disabled={readOnly || save.isPending || issues.length > 0}
          >
            {t('emails.templates.save')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={readOnly || test.isPending || issues.length > 0}
            onClick={() => test.mutate({ event, language, ...draft })}
          >
            {t('emails.templates.test')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={readOnly || !edited || reset.isPending}
            onClick={() => setConfirmReset(true)}
          >
            {t('emails.templates.reset')}
          </button>
        </div>
      </div>
      <TemplatePreview
        event={event}
        language={language}
        draft={draft}
        branding={branding}
        company={company}
      />
      {confirmReset && (
        <ConfirmDialog
          title={t('emails.templates.reset')}
          confirmLabel={t('emails.templates.reset')}
          danger
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            save.reset();
            test.reset();
            reset.mutate({ event, language });
          }}
        >
          <p>{t('emails.templates.resetConfirm')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
