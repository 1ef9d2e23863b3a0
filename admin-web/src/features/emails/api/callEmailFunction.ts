import { CallableError, functionsOrigin, loadAuth } from '@portail/web';
import type { emailCallableNames } from '@portail/shared';

type EmailCallable = (typeof emailCallableNames)[keyof typeof emailCallableNames];

/**
 * Calls one of the e-mail callables with the signed-in user's ID token, speaking the callable
 * protocol as `callFunction` does. Their names live in `emailCallableNames`, not (yet) in the
 * shared `callableNames` that `callFunction` accepts.
 */
export async function callEmailFunction<T = unknown>(
  name: EmailCallable,
  data: unknown,
): Promise<T> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ data }),
    });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  const body = (await response.json().catch(() => null)) as {
    result?: T;
    error?: { status?: string; message?: string; details?: unknown };
  } | null;
  if (response.ok && body && 'result' in body) return body.result as T;
  const status = body?.error?.status ?? (response.status >= 500 ? 'INTERNAL' : 'UNKNOWN');
  throw new CallableError(
    `functions/${status.toLowerCase().replace(/_/g, '-')}`,
    body?.error?.message ?? response.statusText,
    body?.error?.details,
  );
}
