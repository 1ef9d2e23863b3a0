import { useMutation } from '@tanstack/react-query';
import { CallableError, functionsOrigin, loadAuth } from '@portail/web';

export type XlsxKind = 'clients' | 'properties' | 'assignments' | 'mandates';

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
 * Downloads `exportXlsx?kind=…` (functions/src/exports) with the ID token and hands the file to
 * the browser under the name the function gives. The sheet is in the tenant's language.
 */
export async function downloadXlsx(kind: XlsxKind): Promise<void> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  let response: Response;
  try {
    response = await fetch(`${functionsOrigin}/exportXlsx?kind=${kind}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw new CallableError('functions/unavailable', 'Service injoignable.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { status?: string; message?: string };
    } | null;
    throw new CallableError(
      `functions/${body?.error?.status ?? 'internal'}`,
      body?.error?.message ?? 'Une erreur est survenue. Réessayez.',
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? `${kind}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useDownloadXlsx(kind: XlsxKind) {
  return useMutation({ mutationFn: () => downloadXlsx(kind) });
}
