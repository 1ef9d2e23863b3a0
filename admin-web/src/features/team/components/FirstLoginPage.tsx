import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStaffAccessInput } from '@portail/shared';
import { AuthCard, errorMessage, useTenant } from '@portail/web';
import { Field, fieldErrors } from '../../common/components/Field.js';
import { useRequestStaffAccess } from '../api/requestStaffAccess.js';

export function FirstLoginPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const request = useRequestStaffAccess();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = requestStaffAccessInput.safeParse({ ...form, tenantId });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    request.mutate(parsed.data);
  }

  if (request.isSuccess) {
    return (
      <AuthCard title={t('firstLogin.title')}>
        <p role="status" className="notice">
          {t('firstLogin.sent')}
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('firstLogin.title')} onSubmit={submit}>
      <p className="intro">{t('firstLogin.intro')}</p>
      <Field
        label={t('firstLogin.name')}
        name="displayName"
        value={form.displayName}
        error={errors.displayName}
        onChange={(e) => setForm({ ...form, displayName: e.target.value })}
      />
      <Field
        label={t('ui.email')}
        name="email"
        type="email"
        value={form.email}
        error={errors.email}
        onChange={(e) => setForm({ ...form, email: e.target.value })}
      />
      <Field
        label={t('ui.password')}
        name="password"
        type="password"
        value={form.password}
        error={errors.password}
        onChange={(e) => setForm({ ...form, password: e.target.value })}
      />
      {request.isError && (
        <p role="alert" className="error">
          {errorMessage(request.error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={request.isPending}>
        {t('firstLogin.submit')}
      </button>
    </AuthCard>
  );
}
