import { aggregatorCallableNames } from '@portail/shared';
import { CallableError, functionsOrigin, loadAuth } from '@portail/web';

export type AggregatorCallable = keyof typeof aggregatorCallableNames;

/**
 * The aggregator's callables, in the callable protocol (`POST {data}` → `{result}` | `{error}`).
 * `callFunction` only knows `callableNames` (owned by tenancy); once the aggregator's names join
 * it, this becomes `callFunction(name, data)`.
 */
export async function callAggregator<T>(name: AggregatorCallable, data: unknown): Promise<T> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/${aggregatorCallableNames[name]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
