import { useTranslation } from 'react-i18next';
import { SetPasswordPage, useTenant } from '@portail/web';

/**
 * `/firstlogin?token=…`, the link of the invitation e-mail (T5): the client chooses a password,
 * completeFirstLogin activates the access, and the page signs them in to their space.
 */
export function FirstLoginPage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  return (
    <SetPasswordPage
      callable="completeFirstLogin"
      title={t('firstLogin.title')}
      intro={t('firstLogin.intro', { agency: branding.name })}
      submitLabel={t('firstLogin.submit')}
      deadLinkHint={<p>{t('firstLogin.askAgency', { agency: branding.name })}</p>}
    />
  );
}
