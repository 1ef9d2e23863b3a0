import { useTranslation } from 'react-i18next';
import '../clients.css';

/** The number a `tel:` link dials: digits and a leading +, whatever the separators typed. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A phone number as a `tel:` link, never broken across lines. */
export function PhoneLink({ phone, name }: { phone: string; name: string }) {
  const { t } = useTranslation();
  if (!phone.trim()) return <span className="field-help">—</span>;
  return (
    <a className="contact-link phone" href={telHref(phone)} title={t('clients.call', { name })}>
      {phone}
    </a>
  );
}

/** An e-mail address as a `mailto:` link; a narrow column breaks it after the @ only. */
export function EmailLink({ email, name }: { email: string; name: string }) {
  const { t } = useTranslation();
  const at = email.indexOf('@');
  return (
    <a className="contact-link email" href={`mailto:${email}`} title={t('clients.write', { name })}>
      {at > 0 ? (
        <>
          {email.slice(0, at + 1)}
          <wbr />
          {email.slice(at + 1)}
        </>
      ) : (
        email
      )}
    </a>
  );
}
