import { z } from 'zod';
import { propertyAddressSchema, type PropertyAddress } from '../properties/property.js';
import { keywordsOf } from '../search/keywords.js';

/**
 * A dossier (D1): documents the agency hands one client (diagnostics, financing, deeds), with
 * comments, steps and conclusions, an amount and whether it is paid. Staff write it through the
 * dossier functions (`saveDossier`, `uploadDossierFile`, `updateDossierFiles`); the rules let
 * them toggle only `published`, `paid` and `amount` directly. Its files are served by `files`
 * only (`kind=dossierFile`), which applies the unpaid policy.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .max(max, { error: `${label} : ${max.toLocaleString('fr-FR')} caractères au plus.` });

export const DOSSIER_MAX_FILES = 50;
export const DOSSIER_MAX_STEPS = 30;
export const DOSSIER_MAX_CONCLUSIONS = 30;
export const DOSSIER_MAX_AMOUNT = 10_000_000;

export const dossierStepSchema = z.object({
  label: text(200, 'L’étape').min(1, { error: 'Donnez un libellé à chaque étape.' }),
  done: z.boolean().default(false),
});
export type DossierStep = z.infer<typeof dossierStepSchema>;

export const dossierAmountSchema = z
  .number({ error: 'Montant : indiquez un nombre.' })
  .min(0, { error: 'Le montant ne peut pas être négatif.' })
  .max(DOSSIER_MAX_AMOUNT, { error: 'Montant : 10 000 000 € au plus.' })
  .transform((value) => Math.round(value * 100) / 100);

export const dossierFieldsSchema = z.object({
  title: text(200, 'Le titre').min(1, { error: 'Le titre est obligatoire.' }),
  clientId: id,
  comments: text(5000, 'Les commentaires').default(''),
  steps: z
    .array(dossierStepSchema)
    .max(DOSSIER_MAX_STEPS, { error: `${DOSSIER_MAX_STEPS} étapes au plus.` })
    .default([]),
  conclusions: z
    .array(text(1000, 'La conclusion').min(1, { error: 'Une conclusion est vide.' }))
    .max(DOSSIER_MAX_CONCLUSIONS, { error: `${DOSSIER_MAX_CONCLUSIONS} conclusions au plus.` })
    .default([]),
  propertyId: id.nullable().default(null),
  address: propertyAddressSchema.nullable().default(null),
  amount: dossierAmountSchema.default(0),
  paid: z.boolean().default(false),
  published: z.boolean().default(false),
});
export type DossierFields = z.infer<typeof dossierFieldsSchema>;
export type DossierFieldsInput = z.input<typeof dossierFieldsSchema>;

export const saveDossierInput = z.object({
  dossierId: id.optional(),
  fields: dossierFieldsSchema,
});
export type SaveDossierInput = z.input<typeof saveDossierInput>;

export interface SaveDossierResult {
  dossierId: string;
  geocode: { status: 'found' | 'not-found' | 'unavailable' | 'unchanged' | 'none' };
}

export const dossierRefInput = z.object({ dossierId: id });

export const dossierFileEditSchema = z.object({
  id,
  title: text(200, 'Le titre du fichier').min(1, { error: 'Le titre du fichier est obligatoire.' }),
  comment: text(2000, 'Le commentaire du fichier').default(''),
});

/** The files of a dossier as the editor keeps them: in this order, these ones, these titles. */
export const updateDossierFilesInput = z.object({
  dossierId: id,
  files: z.array(dossierFileEditSchema).max(DOSSIER_MAX_FILES),
});
export type UpdateDossierFilesInput = z.input<typeof updateDossierFilesInput>;

/**
 * What a dossier holds. HEIC (iPhone photos) is kept as sent; it cannot be stamped here (sharp's
 * prebuilt libheif decodes AVIF only), so an unpaid dossier's HEIC is blocked, never served plain.
 */
export const dossierFileKinds = ['pdf', 'jpeg', 'png', 'heic'] as const;
export type DossierFileKind = (typeof dossierFileKinds)[number];

export interface DossierFile {
  id: string;
  /** The name the file is saved under when downloaded (the uploaded file's name). */
  name: string;
  title: string;
  comment: string;
  kind: DossierFileKind;
  mime: string;
  size: number;
  /** Pages of a PDF (known from the check at upload), null for an image. */
  pages: number | null;
  uploadedAt: number;
  uploadedBy: string;
}

export const downloadStates = ['none', 'partial', 'all'] as const;
export type DownloadState = (typeof downloadStates)[number];

export interface DossierRecord extends DossierFields {
  tenantId: string;
  clientName: string;
  files: DossierFile[];
  /** Files the client (one of its logins) has downloaded at least once. */
  downloadedFileIds: string[];
  downloadState: DownloadState;
  location: { lat: number; lng: number } | null;
  keywords: string[];
}

/** Not downloaded / partially / downloaded, as the client's downloads stand. */
export function dossierDownloadState(
  fileIds: readonly string[],
  downloadedIds: readonly string[],
): DownloadState {
  const downloaded = new Set(downloadedIds);
  const count = fileIds.filter((fileId) => downloaded.has(fileId)).length;
  if (count === 0) return 'none';
  return count === fileIds.length ? 'all' : 'partial';
}

export function dossierKeywords(
  fields: Pick<DossierFields, 'title' | 'address'>,
  clientName: string,
): string[] {
  return keywordsOf([
    fields.title,
    clientName,
    fields.address?.city ?? '',
    fields.address?.postalCode ?? '',
  ]);
}

export function dossierAddressLabel(address: PropertyAddress | null): string {
  if (!address) return '';
  return [address.street, `${address.postalCode} ${address.city}`.trim()]
    .filter(Boolean)
    .join(', ');
}

export const dossierFilePath = (tenantId: string, dossierId: string, fileId: string) =>
  `tenants/${tenantId}/dossiers/${dossierId}/files/${fileId}`;
export const dossierFilesPrefix = (tenantId: string, dossierId: string) =>
  `tenants/${tenantId}/dossiers/${dossierId}/`;
