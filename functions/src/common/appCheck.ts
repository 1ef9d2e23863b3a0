import { setGlobalOptions } from 'firebase-functions/v2';
import { HttpsError, type Request } from 'firebase-functions/v2/https';

/**
 * App Check is enforced when the deployed environment says so (`APP_CHECK_ENFORCED=true` in
 * `functions/.env.<project>`), never by default: the local stack has no App Check (its tokens
 * come from Google's exchange service, on the internet) and `functions/.env.local` keeps it off.
 */
export function appCheckEnforced(env: Record<string, string | undefined> = process.env): boolean {
  return env.APP_CHECK_ENFORCED === 'true';
}

// Every callable reads this when it is declared (onCall takes the global default), so this module
// is imported first by index.ts: with enforcement on, a call without a valid X-Firebase-AppCheck
// header is refused by the SDK before the function runs.
setGlobalOptions({ enforceAppCheck: appCheckEnforced() });

/** Verifies an App Check token; firebase-admin's `getAppCheck().verifyToken` in production. */
export type AppCheckVerifier = (token: string) => Promise<unknown>;

async function adminVerifier(token: string): Promise<unknown> {
  const { getAppCheck } = await import('firebase-admin/app-check');
  return getAppCheck().verifyToken(token);
}

const refused = (code: string) =>
  new HttpsError('unauthenticated', 'Application non reconnue : rechargez la page.', { code });

/**
 * What onCall does for callables, for the HTTP functions (`files`, `uploadPhoto`): when App Check
 * is enforced, the `X-Firebase-AppCheck` header must hold a token of one of the project's apps.
 */
export async function requireAppCheck(
  request: Pick<Request, 'get'>,
  { enforced = appCheckEnforced(), verify = adminVerifier } = {},
): Promise<void> {
  if (!enforced) return;
  const token = request.get('x-firebase-appcheck');
  if (!token) throw refused('app-check/missing');
  try {
    await verify(token);
  } catch {
    throw refused('app-check/invalid');
  }
}
