import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SIGN_IN_LINK_TTL_MINUTES } from '@portail/shared';
import { loadAuth } from './authLoader.js';
import { useTenant } from '../tenant/TenantProvider.js';
import { BrandMark } from '../shell/BrandMark.js';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { PublicLinks } from '../shell/PublicLinks.js';
import { forgotPasswordPath } from './passwordRoutes.js';
import { useSignInOptions } from './signInOptions.js';
import { callFunction, errorCode } from '../firebase/callable.js';
import { errorMessage } from '../i18n/errorCodes.js';

const wrongCredentials = new Set([
  'auth/invalid-credential',
  'auth/wrong-password',
  'auth/user-not-found',
  'auth/invalid-email',
]);

function errorKey(error: unknown): string {
  const code = errorCode(error) ?? '';
  if (wrongCredentials.has(code)) return 'signIn.invalid';
  if (code === 'auth/user-disabled') return 'signIn.disabled';
  if (code === 'auth/too-many-requests') return 'signIn.tooMany';
  return 'signIn.failed';
}

/**
 * A first check of the address before asking for a link; the function parses it with the shared
 * schema. (The sign-in page does without zod: it must stay within its JavaScript budget.)
 */
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export function SignInPage() {
  const { t } = useTranslation();
  const { tenantId, app, branding } = useTenant();
  // The e-mailed sign-in link is for clients only, when the tenant offers it (T5, T7).
  const { magicLink } = useSignInOptions(tenantId, app === 'client');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** About the sign-in link request: an i18n key, or a message as the function gave it. */
  const [linkError, setLinkError] = useState<{ key: string } | { text: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [linkSent, setLinkSent] = useState(false);
  useDocumentTitle(t('titles.signIn'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('signIn.required');
      setLinkError(null);
      return;
    }
    setSubmitting(true);
    setError(null);
    setLinkError(null);
    setLinkSent(false);
    try {
      await (await loadAuth()).signInWithPassword(email.trim(), password);
    } catch (caught) {
      setError(errorKey(caught));
    } finally {
      setSubmitting(false);
    }
  }

  /**
   * "Recevoir un lien de connexion par e-mail": the answer is the same whether the address has
   * access or not, so the page tells nobody who is a client of the agency.
   */
  async function requestLink() {
    setError(null);
    setLinkSent(false);
    if (!email.trim()) {
      setLinkError({ key: 'signInLink.emailRequired' });
      return;
    }
    if (!looksLikeEmail(email.trim())) {
      setLinkError({ key: 'signInLink.emailInvalid' });
      return;
    }
    setSubmitting(true);
    setLinkError(null);
    try {
      await callFunction('requestSignInLink', { tenantId, email: email.trim() });
      setLinkSent(true);
    } catch (caught) {
      setLinkError({ text: errorMessage(caught) });
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
        {magicLink && (
          <>
            <p className="sign-in-divider">
              <span>{t('signInLink.or')}</span>
            </p>
            <button
              type="button"
              className="secondary link-request"
              disabled={submitting}
              onClick={() => void requestLink()}
            >
              {t('signInLink.request')}
            </button>
            {linkError && (
              <p role="alert" className="error">
                {'key' in linkError ? t(linkError.key) : linkError.text}
              </p>
            )}
            {linkSent && (
              <>
                <p role="status" className="notice">
                  {t('signInLink.sent')}
                </p>
                <p className="field-help">
                  {t('signInLink.sentHelp', { minutes: SIGN_IN_LINK_TTL_MINUTES })}
                </p>
              </>
            )}
          </>
        )}
        {app === 'admin' && <PublicLinks show={['createAgency', 'requestAccess']} />}
        <LanguageSwitch />
      </form>
    </main>
  );
}
