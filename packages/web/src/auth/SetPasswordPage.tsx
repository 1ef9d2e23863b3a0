import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { completeFirstLoginInput, tokenSchema } from '@portail/shared';
import { loadAuth } from './authLoader.js';
import { callFunction, errorCode } from '../firebase/callable.js';
import { errorMessage } from '../i18n/errorCodes.js';
import { AuthCard } from './AuthCard.js';

/** What completeFirstLogin and completePasswordReset answer: the login to sign in with. */
export interface SetPasswordResult {
  email: string;
}

/** Errors about the link itself: nothing typed in the form can fix them. */
const deadLinkCodes = new Set([
  'functions/not-found',
  'functions/failed-precondition',
  'functions/deadline-exceeded',
  'functions/permission-denied',
]);

export interface SetPasswordPageProps {
  callable: 'completeFirstLogin' | 'completePasswordReset';
  title: string;
  intro?: string;
  submitLabel: string;
  /** Shown under a message about an unusable link (unknown, already used, expired). */
  deadLinkHint: ReactNode;
}

/**
 * `…?token=…`: choose a password twice, the function checks the one-time token and sets it, then
 * the page signs in with the e-mail the function returns and opens the app.
 */
export function SetPasswordPage({
  callable,
  title,
  intro,
  submitLabel,
  deadLinkHint,
}: SetPasswordPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenCheck = tokenSchema.safeParse(token);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deadLink, setDeadLink] = useState<string | null>(() => {
    if (tokenCheck.success) return null;
    if (!token) return t('setPassword.noToken');
    return tokenCheck.error.issues[0]?.message ?? 'Lien invalide.';
  });
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = completeFirstLoginInput.safeParse({ token, password });
    if (!input.success) {
      setError(input.error.issues[0]?.message ?? t('setPassword.invalid'));
      return;
    }
    if (password !== confirmation) {
      setError(t('setPassword.mismatch'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const result = await callFunction<Partial<SetPasswordResult> | null>(callable, input.data);
      if (result?.email) await (await loadAuth()).signInWithPassword(result.email, password);
      void navigate('/', { replace: true });
    } catch (caught) {
      const code = errorCode(caught) ?? '';
      if (deadLinkCodes.has(code)) {
        setDeadLink(errorMessage(caught));
      } else if (code.startsWith('auth/')) {
        // The password is set; only the automatic sign-in failed: the sign-in page takes over.
        void navigate('/', { replace: true });
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setSubmitting(false);
    }
  }

  if (deadLink) {
    return (
      <AuthCard title={title}>
        <p role="alert" className="error">
          {deadLink}
        </p>
        <div className="hint">{deadLinkHint}</div>
        <Link to="/">{t('setPassword.toSignIn')}</Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={title} onSubmit={submit}>
      {intro && <p className="intro">{intro}</p>}
      <label>
        {t('setPassword.password')}
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <label>
        {t('setPassword.confirm')}
        <input
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
        />
      </label>
      <p className="field-help">{t('setPassword.rules')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={submitting}>
        {submitting ? t('setPassword.submitting') : submitLabel}
      </button>
    </AuthCard>
  );
}
