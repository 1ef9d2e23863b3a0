import type { Request } from 'firebase-functions/v2/https';
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { logger } from 'firebase-functions/v2';
import { projectAuth } from '../admin.js';

/** The `firebase.tenant` a token claims, read before verifying it to pick the verifier. */
function unverifiedPool(idToken: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString());
    const tenant = payload?.firebase?.tenant;
    return typeof tenant === 'string' && /^[A-Za-z0-9-]{1,128}$/.test(tenant) ? tenant : null;
  } catch {
    return null;
  }
}

/** The caller of an HTTP function, as `request.auth` of a callable: a verified ID token. */
export async function httpAuth(request: Request): Promise<CallableRequest['auth']> {
  const header = request.get('authorization') ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) throw new HttpsError('unauthenticated', 'Connexion requise.');
  try {
    // Verified by the Auth of the pool the token names (which also checks it is that pool's);
    // the guards then check that this pool is the agency's.
    const pool = unverifiedPool(match[1]!);
    const auth = pool ? projectAuth.tenantManager().authForTenant(pool) : projectAuth;
    const token = await auth.verifyIdToken(match[1]!);
    return { uid: token.uid, token, rawToken: match[1]! };
  } catch (error) {
    logger.info('ID token refused', { reason: error instanceof Error ? error.message : error });
    throw new HttpsError('unauthenticated', 'Session expirée : reconnectez-vous.');
  }
}

const httpStatus: Partial<Record<HttpsError['code'], number>> = {
  'invalid-argument': 400,
  'failed-precondition': 400,
  'out-of-range': 400,
  unauthenticated: 401,
  'permission-denied': 403,
  'not-found': 404,
  'already-exists': 409,
  'resource-exhausted': 429,
};

/** Answers an HTTP function's refusal as the callables do: `{ error: { status, message } }`. */
export function sendHttpError(response: Response, error: unknown): void {
  if (error instanceof HttpsError) {
    response
      .status(httpStatus[error.code] ?? 500)
      .json({ error: { status: error.code, message: error.message, details: error.details } });
    return;
  }
  response
    .status(500)
    .json({ error: { status: 'internal', message: 'Une erreur est survenue. Réessayez.' } });
}
