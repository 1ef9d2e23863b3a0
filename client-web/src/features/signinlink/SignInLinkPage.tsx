import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  SIGN_IN_LINK_TTL_MINUTES,
  tokenSchema,
  type CompleteSignInLinkResult,
} from '@portail/shared';
import { AuthCard, callFunction, errorMessage, loadAuth, LoadingScreen } from '@portail/web';

/**
 * `/signin-link?token=…`, the link of the sign-in e-mail (T5): completeSignInLink uses the
 * one-time link up and answers a custom token, the page signs in with it and opens the space.
 * A used, expired or unknown link, or one whose holder lost access, is explained with the way
 * back to the sign-in page (where a new link can be asked for).
 */
export function SignInLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [token] = useState(() => params.get('token') ?? '');
  const [failure, setFailure] = useState<string | null>(() => {
    if (!token) return t('signInLinkPage.noToken');
    const check = tokenSchema.safeParse(token);
    return check.success ? null : (check.error.issues[0]?.message ?? 'Lien invalide.');
  });
  // The link works once: React's development double effects must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (failure || started.current) return;
    started.current = true;
    (async () => {
      const result = await callFunction<CompleteSignInLinkResult>('completeSignInLink', { token });
      await (await loadAuth()).signInWithToken(result.token);
      void navigate('/', { replace: true });
    })().catch((caught: unknown) => setFailure(errorMessage(caught, t('signInLinkPage.failed'))));
  }, [failure, token, navigate, t]);

  if (!failure) return <LoadingScreen />;
  return (
    <AuthCard title={t('signInLinkPage.title')}>
      <p role="alert" className="error">
        {failure}
      </p>
      <div className="hint">
        <p>{t('signInLinkPage.askAgain', { minutes: SIGN_IN_LINK_TTL_MINUTES })}</p>
      </div>
      <Link to="/">{t('signInLinkPage.toSignIn')}</Link>
    </AuthCard>
  );
}
