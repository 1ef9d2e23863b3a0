import type { callableNames } from '@portail/shared';
import { appCheckHeaders } from './appCheck.js';
import { functionsOrigin } from './config.js';

/** Each callable is deployed under its own name: the list types the calls, the code holds none of it. */
export type CallableName = keyof typeof callableNames;

/**
 * A callable function's refusal: `code` as the Firebase SDKs name it (`functions/not-found`…),
 * the function's own (French) message, and its details.
 */
export class CallableError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CallableError';
  }
}

/** The signed-in user's ID token, once the Auth SDK is loaded and somebody is signed in. */
let idTokenSource: (() => Promise<string | null>) | null = null;

export function setIdTokenSource(source: (() => Promise<string | null>) | null): void {
  idTokenSource = source;
}

/**
 * Calls one of the backend's callable functions by its shared name, speaking the callable
 * protocol (`POST {data}` → `{result}` or `{error}`) directly: the sign-in pages call functions
 * without downloading the Functions SDK. In production the App Check token goes with it
 * (`X-Firebase-AppCheck`, see appCheck.ts), as the Functions SDK would send it.
 */
export async function callFunction<T = unknown>(name: CallableName, data?: unknown): Promise<T> {
  const [token, appCheck] = await Promise.all([
    idTokenSource ? idTokenSource() : null,
    appCheckHeaders(),
  ]);
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...appCheck,
      },
      body: JSON.stringify({ data: data ?? null }),
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

/** The machine code of an error from a callable, the Auth SDK or Firestore, if it has one. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The message to show for a failed call. The functions answer in French already; anything else
 * (network, internal) gets a generic sentence rather than a stack trace.
 */
export function errorMessage(
  error: unknown,
  fallback = 'Une erreur est survenue. Réessayez.',
): string {
  const code = errorCode(error);
  if (code?.startsWith('functions/') && error instanceof Error) {
    if (code === 'functions/internal' || code === 'functions/unavailable') return fallback;
    return error.message;
  }
  return fallback;
}
