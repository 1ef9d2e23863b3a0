import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStaffAccessInput } from '@portail/shared';
import { AuthCard, errorMessage, Field, PublicLinks, useForm, useTenant } from '@portail/web';
import { useRequestStaffAccess } from '../api/requestStaffAccess.js';

export function FirstLoginPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { form, bind, validate } = useForm({ displayName: '', email: '', password: '' });
  const request = useRequestStaffAccess();

  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(requestStaffAccessInput, { ...form, tenantId });
    if (data) request.mutate(data);
  }

  if (request.isSuccess) {
    return (
      <AuthCard title={t('firstLogin.title')}>
        <p role="status" className="notice">
          {t('firstLogin.sent')}
        </p>
        <PublicLinks show={['signIn']} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('firstLogin.title')} onSubmit={submit}>
      <p className="intro">{t('firstLogin.intro')}</p>
      <Field label={t('firstLogin.name')} {...bind('displayName')} />
      <Field label={t('ui.email')} type="email" {...bind('email')} />
      <Field label={t('ui.password')} type="password" {...bind('password')} />
      {request.isError && (
        <p role="alert" className="error">
          {errorMessage(request.error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={request.isPending}>
        {t('firstLogin.submit')}
      </button>
      <PublicLinks show={['signIn']} />
    </AuthCard>
  );
}
