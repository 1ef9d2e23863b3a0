import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { FirebaseError } from 'firebase/app';
import { Link } from 'react-router';
import { auth } from '../firebase/client.js';
import { clearAccessDenied } from './accessDenied.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { BrandMark } from '../shell/BrandMark.js';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';
import { forgotPasswordPath } from './passwordRoutes.js';

function errorKey(error: unknown): string {
  if (error instanceof FirebaseError) {
    if (
      error.code === 'auth/invalid-credential' ||
      error.code === 'auth/wrong-password' ||
      error.code === 'auth/user-not-found' ||
      error.code === 'auth/invalid-email'
    ) {
      return 'signIn.invalid';
    }
    if (error.code === 'auth/user-disabled') return 'signIn.disabled';
    if (error.code === 'auth/too-many-requests') return 'signIn.tooMany';
  }
  return 'signIn.failed';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('signIn.required');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await signInWithEmailAndPassword(auth, email.trim(), password);
      clearAccessDenied();
    } catch (caught) {
      setError(errorKey(caught));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <main className="centered-page">
      <form className="card sign-in" onSubmit={submit} noValidate>
        <BrandMark branding={branding} large />
        <h1>{t('signIn.title')}</h1>
        <label>
          {t('signIn.email')}
          <input
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {t(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={submitting}>
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <Link to={forgotPasswordPath} className="forgot-link">
          {t('forgotPassword.link')}
        </Link>
        <LanguageSwitch />
      </form>
    </main>
  );
}
