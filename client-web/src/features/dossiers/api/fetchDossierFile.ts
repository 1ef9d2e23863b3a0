import { CallableError, functionsOrigin, loadAuth } from '@portail/web';

type ErrorBody = { error?: { status?: string; message?: string; details?: unknown } } | null;

function refusal(status: number, body: ErrorBody): CallableError {
  const code = body?.error?.status ?? (status >= 500 ? 'internal' : 'unknown');
  return new CallableError(
    `functions/${code.toLowerCase().replace(/_/g, '-')}`,
    body?.error?.message ?? 'Une erreur est survenue. Réessayez.',
    body?.error?.details,
  );
}

/** The UTF-8 name of `filename*`, else the plain `filename`. */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Falls back on the ASCII name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/**
 * A GET of the one file path (`files?…`) with the signed-in client's ID token or a guest's link
 * token, saved by the browser under the name the function gives. Answers the response's headers.
 */
export async function saveFromFiles(
  query: URLSearchParams,
  fallbackName: string,
  guestToken?: string,
): Promise<Headers> {
  const headers: Record<string, string> = {};
  if (guestToken) headers['x-guest-token'] = guestToken;
  else {
    const { auth } = await loadAuth();
    const token = await auth.currentUser?.getIdToken();
    if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
    headers.authorization = `Bearer ${token}`;
  }
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/files?${query}`, { headers });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  if (!response.ok) {
    throw refusal(response.status, (await response.json().catch(() => null)) as ErrorBody);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return response.headers;
}

/**
 * Downloads a dossier file (`files?kind=dossierFile`) and tells which version came: the original
 * or a stamped copy.
 */
export async function saveDossierFile(
  dossierId: string,
  fileId: string,
  fallbackName: string,
  guestToken?: string,
): Promise<'original' | 'stamped'> {
  const query = new URLSearchParams({ kind: 'dossierFile', dossierId, fileId });
  const headers = await saveFromFiles(query, fallbackName, guestToken);
  return headers.get('x-file-version') === 'stamped' ? 'stamped' : 'original';
}

/** `openGuestDossier`, called without an account: the link's token is the credential. */
export async function openGuestDossier<T>(token: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/openGuestDossier`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { token } }),
    });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  const body = (await response.json().catch(() => null)) as ({ result?: T } & ErrorBody) | null;
  if (response.ok && body && 'result' in body) return body.result as T;
  throw refusal(response.status, body);
}
