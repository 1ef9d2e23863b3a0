import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { requestPasswordResetInput } from '@portail/shared';
import { callFunction } from '../firebase/callable.js';
import { errorMessage } from '../i18n/errorCodes.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { AuthCard } from './AuthCard.js';

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether the address has an
 * account or not, so the page tells nobody who is a client of the agency.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { tenantId, app } = useTenant();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = requestPasswordResetInput.safeParse({ tenantId, app, email });
    if (!input.success) {
      setError(input.error.issues[0]?.message ?? t('forgotPassword.failed'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await callFunction('requestPasswordReset', input.data);
      setSent(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  }

  if (sent) {
    return (
      <AuthCard title={t('forgotPassword.title')}>
        <p role="status" className="notice">
          {t('forgotPassword.sent')}
        </p>
        <p className="field-help">{t('forgotPassword.sentHelp')}</p>
        <Link to="/">{t('forgotPassword.back')}</Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('forgotPassword.title')} onSubmit={submit}>
      <p className="intro">{t('forgotPassword.intro')}</p>
      <label>
        {t('signIn.email')}
        <input
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={submitting}>
        {submitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
      </button>
      <Link to="/">{t('forgotPassword.back')}</Link>
    </AuthCard>
  );
}
