import type { PropertyPhoto } from '@portail/shared';
import { CallableError, functionsOrigin, loadAuth } from '@portail/web';

/**
 * Sends one photo to `uploadPhoto` (raw bytes, one request per photo) with XMLHttpRequest, the
 * only browser API that reports upload progress. Resolves with the stored photo; rejects with a
 * CallableError carrying the function's code and (French) message.
 */
export async function uploadPhoto(
  propertyId: string,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<PropertyPhoto> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${functionsOrigin}/uploadPhoto?${new URLSearchParams({ propertyId })}`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(name));
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as {
        result?: { photo?: PropertyPhoto };
        error?: { status?: string; message?: string; details?: unknown };
      } | null;
      const photo = body?.result?.photo;
      if (request.status === 200 && photo) return resolve(photo);
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
