import { loadAuth } from '../auth/authLoader.js';
import { appCheckHeaders } from './appCheck.js';
import { CallableError } from './callable.js';
import { functionsOrigin } from './config.js';

/**
 * Sends one file as raw bytes to an upload function (`uploadPhoto`, `uploadDossierFile`) with
 * XMLHttpRequest, the only browser API that reports upload progress. Resolves with the function's
 * `result`; rejects with a CallableError carrying its code and (French) message.
 */
export async function uploadBytes<T>(
  functionName: string,
  params: Record<string, string>,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const { auth } = await loadAuth();
  const [token, appCheck] = await Promise.all([auth.currentUser?.getIdToken(), appCheckHeaders()]);
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${functionsOrigin}/${functionName}?${new URLSearchParams(params)}`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(name));
    for (const [header, value] of Object.entries(appCheck)) request.setRequestHeader(header, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as {
        result?: T;
        error?: { status?: string; message?: string; details?: unknown };
      } | null;
      if (request.status === 200 && body?.result) return resolve(body.result);
      const status = body?.error?.status ?? (request.status >= 500 ? 'internal' : 'unknown');
      reject(
        new CallableError(
          `functions/${status.toLowerCase().replace(/_/g, '-')}`,
          body?.error?.message ?? 'Envoi refusé.',
          body?.error?.details,
        ),
      );
    };
    request.onerror = () =>
      reject(new CallableError('functions/unavailable', 'Service injoignable.'));
    request.onabort = () => reject(new CallableError('functions/cancelled', 'Envoi annulé.'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}
