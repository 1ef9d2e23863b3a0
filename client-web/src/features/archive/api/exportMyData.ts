import { useMutation } from '@tanstack/react-query';
import type { ExportMyDataResult } from '@portail/shared';
import { callFunction, CallableError, functionsOrigin, loadAuth } from '@portail/web';

type ErrorBody = { error?: { status?: string; message?: string; details?: unknown } } | null;

function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The archive exportMyData wrote, through the one download path (`files?kind=archive`). */
async function downloadArchive(archiveId: string): Promise<void> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  const query = new URLSearchParams({ kind: 'archive', archiveId });
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/files?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ErrorBody;
    throw new CallableError(
      `functions/${(body?.error?.status ?? 'internal').toLowerCase().replace(/_/g, '-')}`,
      body?.error?.message ?? 'Une erreur est survenue. Réessayez.',
      body?.error?.details,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? 'mes-donnees.zip';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** C6: builds the archive, then downloads it; resolves with what it holds. */
export async function exportMyData(): Promise<ExportMyDataResult> {
  const result = await callFunction<ExportMyDataResult>('exportMyData');
  await downloadArchive(result.archiveId);
  return result;
}

export function useExportMyData() {
  return useMutation({ mutationFn: exportMyData });
}
