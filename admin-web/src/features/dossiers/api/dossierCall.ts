import { CallableError, callFunction, functionsOrigin, loadAuth } from '@portail/web';

/** The dossier functions the admin app calls. */
export type DossierFunction =
  | 'saveDossier'
  | 'updateDossierFiles'
  | 'notifyDossierClient'
  | 'grantGuestAccess'
  | 'revokeGuestAccess';

async function idToken(): Promise<string> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  return token;
}

type ErrorBody = { error?: { status?: string; message?: string; details?: unknown } } | null;

function refusal(status: number, body: ErrorBody): CallableError {
  const code = body?.error?.status ?? (status >= 500 ? 'internal' : 'unknown');
  return new CallableError(
    `functions/${code.toLowerCase().replace(/_/g, '-')}`,
    body?.error?.message ?? 'Une erreur est survenue. Réessayez.',
    body?.error?.details,
  );
}

export function callDossierFunction<T>(name: DossierFunction, data: unknown): Promise<T> {
  return callFunction<T>(name, data);
}

/**
 * A GET of one of the file functions (`files`, `exportDossiers`) saved by the browser under the
 * name the function gives in Content-Disposition.
 */
export async function saveFromFunction(path: string, fallbackName: string): Promise<void> {
  const token = await idToken();
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  if (!response.ok) {
    throw refusal(response.status, (await response.json().catch(() => null)) as ErrorBody);
  }
  saveBlob(
    await response.blob(),
    fileNameOf(response.headers.get('content-disposition')) ?? fallbackName,
  );
}

/** The UTF-8 name of `filename*`, else the plain `filename`. */
export function fileNameOf(disposition: string | null): string | null {
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

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
