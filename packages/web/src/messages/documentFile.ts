import { useQuery } from '@tanstack/react-query';
import type { MessageAttachment } from '@portail/shared';
import { loadAuth } from '../auth/authLoader.js';
import { CallableError } from '../firebase/callable.js';
import { functionsOrigin } from '../firebase/config.js';
import { uploadBytes } from '../firebase/uploadBytes.js';

/** What `uploadDocument` answers: the document as listed, enough for a message's attachment. */
export interface UploadedDocument extends MessageAttachment {
  id: string;
  title: string;
  propertyId: string | null;
}

/**
 * Sends one file to `uploadDocument` (H8): a document of the space, or with `fromMessage` a
 * message's attachment (H7, the only upload a client may make). Checked again on the bytes there.
 */
export async function uploadDocument(
  params: { clientId: string; propertyId?: string | null; title?: string; fromMessage?: boolean },
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
): Promise<UploadedDocument> {
  const query: Record<string, string> = { clientId: params.clientId };
  if (params.propertyId) query.propertyId = params.propertyId;
  if (params.title?.trim()) query.title = params.title.trim();
  if (params.fromMessage) query.fromMessage = '1';
  const result = await uploadBytes<{
    document?: Omit<UploadedDocument, 'documentId'> & { id: string };
  }>('uploadDocument', query, file, name, onProgress);
  if (!result.document) throw new CallableError('functions/unknown', 'Envoi refusé.');
  return { ...result.document, documentId: result.document.id };
}

type ErrorBody = { error?: { status?: string; message?: string; details?: unknown } } | null;

/** The UTF-8 name of `filename*`, else the plain `filename`. */
function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Falls back on the ASCII name.
    }
  }
  return (disposition && /filename="([^"]*)"/i.exec(disposition)?.[1]) || null;
}

/**
 * A document of a client space through the one file path (`files?kind=document`), with the
 * signed-in person's ID token; each call is recorded as a download by the backend.
 */
async function fetchDocument(clientId: string, documentId: string, inline: boolean) {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new CallableError('functions/unauthenticated', 'Connexion requise.');
  const query = new URLSearchParams({ kind: 'document', clientId, documentId });
  if (inline) query.set('inline', '1');
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
    const status = body?.error?.status ?? (response.status >= 500 ? 'internal' : 'unknown');
    throw new CallableError(
      `functions/${status.toLowerCase().replace(/_/g, '-')}`,
      body?.error?.message ?? 'Une erreur est survenue. Réessayez.',
      body?.error?.details,
    );
  }
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('content-disposition')),
  };
}

/** Downloads a document and has the browser save it under the name the backend gives. */
export async function saveDocument(clientId: string, documentId: string, fallbackName: string) {
  const { blob, fileName } = await fetchDocument(clientId, documentId, false);
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName ?? fallbackName;
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * An image document shown in the page (a thumbnail in the thread): fetched once per tab, as a
 * document never changes under its id.
 */
export function useDocumentImage(clientId: string, documentId: string, enabled: boolean) {
  const query = useQuery({
    queryKey: ['document-image', clientId, documentId],
    queryFn: async () =>
      URL.createObjectURL((await fetchDocument(clientId, documentId, true)).blob),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  return { url: query.data ?? null, error: query.error };
}

/** "1,2 Mo", "340 Ko": a file's size as people read it. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  const unit = language.startsWith('fr') ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  if (bytes < 1024) return `${bytes} ${unit[0]}`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} ${unit[1]}`;
  return `${format(bytes / (1024 * 1024))} ${unit[2]}`;
}
