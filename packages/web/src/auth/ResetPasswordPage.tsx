import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SetPasswordPage } from './SetPasswordPage.js';

/** `/reset-password?token=…`, the link of the "forgot password" e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  return (
    <SetPasswordPage
      callable="completePasswordReset"
      title={t('resetPassword.title')}
      intro={t('resetPassword.intro')}
      submitLabel={t('resetPassword.submit')}
      deadLinkHint={
        <>
          <p>{t('resetPassword.deadLinkHint')}</p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </>
      }
    />
  );
}
