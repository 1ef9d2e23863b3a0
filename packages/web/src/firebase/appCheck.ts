/**
 * App Check: proof to the backend that a call comes from this app, in production only. A build
 * with VITE_APPCHECK_SITE_KEY (a reCAPTCHA Enterprise site key of the project) loads the App Check
 * SDK on the first call and sends its token as `X-Firebase-AppCheck`; the functions require it
 * when APP_CHECK_ENFORCED=true. Without the key (local development, the tests) nothing is loaded
 * and no header is sent: App Check's debug provider would still exchange its token with Google's
 * App Check service, which the local stack must not reach, and the emulated functions do not
 * enforce App Check.
 */
const siteKey: string | undefined = import.meta.env.VITE_APPCHECK_SITE_KEY || undefined;

export const appCheckConfigured = siteKey !== undefined;

type TokenSource = () => Promise<string | null>;
let source: Promise<TokenSource> | null = null;

async function loadTokenSource(key: string): Promise<TokenSource> {
  const [{ firebaseApp }, { initializeAppCheck, getToken, ReCaptchaEnterpriseProvider }] =
    await Promise.all([import('./app.js'), import('firebase/app-check')]);
  const appCheck = initializeAppCheck(firebaseApp, {
    provider: new ReCaptchaEnterpriseProvider(key),
    isTokenAutoRefreshEnabled: true,
  });
  return async () => (await getToken(appCheck, false)).token;
}

/** The current App Check token, or null when App Check is not configured or gave none. */
export async function appCheckToken(): Promise<string | null> {
  if (!siteKey) return null;
  // A failed load (the SDK's chunk did not arrive) is tried again on the next call.
  source ??= loadTokenSource(siteKey).catch((error: unknown) => {
    source = null;
    throw error;
  });
  try {
    return await (
      await source
    )();
  } catch {
    // No token (the provider refused, the network failed): the backend decides without it.
    return null;
  }
}

/** The header to add to a request to the backend, when there is a token. */
export async function appCheckHeaders(): Promise<Record<string, string>> {
  const token = await appCheckToken();
  return token ? { 'X-Firebase-AppCheck': token } : {};
}
