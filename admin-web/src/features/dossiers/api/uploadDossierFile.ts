import type { DossierFile } from '@portail/shared';
import { CallableError, functionsOrigin, loadAuth } from '@portail/web';

/**
 * Sends one file to `uploadDossierFile` (raw bytes) with XMLHttpRequest, for its progress.
 * Resolves with the file as the dossier lists it; rejects with the function's code and message.
 */
export async function uploadDossierFile(
  dossierId: string,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
): Promise<DossierFile> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(
      'POST',
      `${functionsOrigin}/uploadDossierFile?${new URLSearchParams({ dossierId })}`,
    );
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(name));
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as {
        result?: { file?: DossierFile };
        error?: { status?: string; message?: string; details?: unknown };
      } | null;
      if (request.status === 200 && body?.result?.file) return resolve(body.result.file);
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
    request.send(file);
  });
}
