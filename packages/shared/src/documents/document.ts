import { z } from 'zod';
import type { FileKind } from '../files/sniff.js';

/**
 * A document shared on a client space (H8): `tenants/{t}/clients/{c}/documents/{id}`. Written only
 * by the functions (`uploadDocument`, `deleteDocument`, the download counter); staff and the
 * client read it; the file itself goes out through `files?kind=document` only.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

/** PDF, JPEG and PNG: what every browser and phone opens without an app of its own. */
export const documentKinds = ['pdf', 'jpeg', 'png'] as const satisfies readonly FileKind[];
export type DocumentKind = (typeof documentKinds)[number];
export const DOCUMENT_TITLE_MAX_CHARS = 200;

/** Who uploaded it: staff share documents; a client only attaches one to a message (H7). */
export type DocumentUploaderRole = 'staff' | 'client';

export interface DocumentRecord {
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  /** The property it is about: it shows on that property's page in the space too. */
  propertyId: string | null;
  /** Uploaded from the message composer, as a message's attachment. */
  fromMessage: boolean;
  uploadedBy: string;
  uploaderRole: DocumentUploaderRole;
  createdAt: Date;
  downloadCount: number;
  lastDownloadAt: Date | null;
}

/** Who downloads: staff, the client's login, or a member previewing the space. */
export type DocumentDownloaderRole = 'staff' | 'client' | 'preview';

/** `documents/{id}/downloads/{autoId}`: one per download (staff read, functions write). */
export interface DocumentDownload {
  uid: string;
  role: DocumentDownloaderRole;
  /** Shown in the page (a thumbnail in the thread) rather than saved. */
  inline: boolean;
  at: Date;
}

/** Where the bytes live in Storage (never read by the apps). */
export const documentStoragePath = (tenantId: string, clientId: string, documentId: string) =>
  `tenants/${tenantId}/clients/${clientId}/documents/${documentId}`;

const flag = z
  .enum(['1', 'true', '0', 'false'])
  .optional()
  .transform((value) => value === '1' || value === 'true');

/** The query of `POST /uploadDocument?clientId=…[&propertyId=…][&title=…][&fromMessage=1]`. */
export const uploadDocumentQuery = z.object({
  clientId: id,
  propertyId: z
    .union([id, z.literal('')])
    .optional()
    .transform((value) => value || null),
  title: z
    .string()
    .trim()
    .max(DOCUMENT_TITLE_MAX_CHARS, {
      error: `Le titre fait ${DOCUMENT_TITLE_MAX_CHARS} caractères au plus.`,
    })
    .optional()
    .transform((value) => value || null),
  fromMessage: flag,
});
export type UploadDocumentQuery = z.infer<typeof uploadDocumentQuery>;

export const deleteDocumentInput = z.object({ clientId: id, documentId: id });
export type DeleteDocumentInput = z.infer<typeof deleteDocumentInput>;

/** `GET /files?kind=document&clientId=…&documentId=…`. */
export const documentFileRequest = z.object({
  kind: z.literal('document'),
  clientId: id,
  documentId: id,
});

/** The default title: the file's name without its extension. */
export function documentTitleFrom(fileName: string): string {
  return (fileName.replace(/\.[^.]+$/, '').trim() || fileName).slice(0, DOCUMENT_TITLE_MAX_CHARS);
}

/** Stable codes of the upload refusals the documents add to the shared upload check's. */
export const documentRefusals = {
  'document/type-refused':
    'Seuls les PDF et les images JPEG ou PNG peuvent être partagés : enregistrez le fichier dans un de ces formats.',
  'document/image-unreadable': 'Cette image est endommagée et ne peut pas être lue.',
  'document/unknown-property': 'Ce bien n’est pas proposé à ce client.',
  'document/client-upload-refused':
    'Vous pouvez joindre un fichier à un message, pas le partager comme document.',
} as const;
export type DocumentRefusalCode = keyof typeof documentRefusals;
