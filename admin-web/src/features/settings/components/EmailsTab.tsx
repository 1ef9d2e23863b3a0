import { useTranslation } from 'react-i18next';
import type { PublicBranding } from '@portail/shared';
import { MyNotifications } from '../../emails/components/MyNotifications.js';
import { SmtpForm } from '../../emails/components/SmtpForm.js';
import { TemplateEditor } from '../../emails/components/TemplateEditor.js';
import { useMutedEvents } from '../../emails/api/myNotifications.js';
import { useSmtpSettings } from '../../emails/api/smtpSettings.js';
import '../../emails/emails.css';

/** The "E-mails" tab: the agency's templates, its SMTP server, and the member's own choices. */
export function EmailsTab({ branding }: { branding: PublicBranding }) {
  const { t } = useTranslation();
  const smtp = useSmtpSettings();
  const muted = useMutedEvents();
  return (
    <>
      <TemplateEditor branding={branding} company={branding.company ?? {}} />
      {muted.data ? <MyNotifications initial={muted.data} /> : <p>{t('ui.loading')}</p>}
      {smtp.data ? <SmtpForm initial={smtp.data} /> : <p>{t('ui.loading')}</p>}
    </>
  );
}
