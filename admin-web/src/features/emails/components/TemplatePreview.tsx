import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  brandedEmailHtml,
  renderEventTemplate,
  sampleData,
  type Branding,
  type CompanyDetails,
  type EmailEvent,
  type EmailTemplate,
  type Language,
} from '@portail/shared';

interface Props {
  event: EmailEvent;
  language: Language;
  draft: EmailTemplate;
  branding: Branding;
  company: CompanyDetails;
}

/**
 * The draft rendered on the sample data with the agency's own name and details, in the agency's
 * layout: the HTML in a sandboxed frame (no script runs), the subject and text above it.
 */
export function TemplatePreview({ event, language, draft, branding, company }: Props) {
  const { t } = useTranslation();
  const email = useMemo(() => {
    const agency = {
      name: branding.name,
      email: company.email ?? '',
      phone: company.phone ?? '',
      address: company.address ?? '',
      professionalCardNumber: company.professionalCardNumber ?? '',
    };
    const rendered = renderEventTemplate(draft, language, {
      ...sampleData(event, language),
      agency,
    });
    return { ...rendered, html: brandedEmailHtml(branding, rendered.html, company, language) };
  }, [event, language, draft, branding, company]);
  return (
    <section className="emails-preview" aria-label={t('emails.templates.preview')}>
      <h3>{t('emails.templates.preview')}</h3>
      <p className="emails-preview-subject">
        <strong>{t('emails.templates.subject')} :</strong> {email.subject}
      </p>
      <iframe
        title={t('emails.templates.previewFrame')}
        sandbox=""
        srcDoc={email.html}
        className="emails-preview-frame"
      />
      <details>
        <summary>{t('emails.templates.text')}</summary>
        <pre className="emails-preview-text">{email.text}</pre>
      </details>
    </section>
  );
}
