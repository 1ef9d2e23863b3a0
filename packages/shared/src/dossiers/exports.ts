import type { ColumnSpec, LocalizedText } from '../exports/columns.js';
import type { DownloadState } from './dossier.js';
import type { DownloaderRole, ServedVersion } from './policy.js';

export const downloadStateLabels: Readonly<Record<DownloadState, LocalizedText>> = {
  none: { fr: 'Non téléchargé', en: 'Not downloaded' },
  partial: { fr: 'Partiellement téléchargé', en: 'Partially downloaded' },
  all: { fr: 'Téléchargé', en: 'Downloaded' },
};

export const downloaderRoleLabels: Readonly<Record<DownloaderRole, LocalizedText>> = {
  staff: { fr: 'Agence', en: 'Agency' },
  client: { fr: 'Client', en: 'Client' },
  preview: { fr: 'Aperçu agence', en: 'Agency preview' },
  guest: { fr: 'Invité', en: 'Guest' },
};

export const servedVersionLabels: Readonly<Record<ServedVersion, LocalizedText>> = {
  original: { fr: 'Original', en: 'Original' },
  stamped: { fr: 'Tamponné (consultation)', en: 'Stamped (viewing only)' },
};

/** The dossiers list as exported (D1): the shared definition's columns plus the download state. */
export const dossierListColumns: readonly ColumnSpec[] = [
  { id: 'title', type: 'text', header: { fr: 'Titre', en: 'Title' }, width: 36 },
  { id: 'clientName', type: 'text', header: { fr: 'Client', en: 'Client' }, width: 28 },
  { id: 'address', type: 'text', header: { fr: 'Adresse', en: 'Address' }, width: 40 },
  { id: 'published', type: 'boolean', header: { fr: 'Publié', en: 'Published' } },
  { id: 'amount', type: 'euro', header: { fr: 'Montant', en: 'Amount' } },
  { id: 'paid', type: 'boolean', header: { fr: 'Payé', en: 'Paid' } },
  { id: 'files', type: 'integer', header: { fr: 'Fichiers', en: 'Files' } },
  {
    id: 'downloadState',
    type: 'text',
    header: { fr: 'Téléchargement', en: 'Download' },
    width: 24,
    labels: downloadStateLabels,
  },
  { id: 'updatedAt', type: 'datetime', header: { fr: 'Modifié le', en: 'Updated' } },
];

/** A dossier's access history as exported (D2). */
export const dossierHistoryColumns: readonly ColumnSpec[] = [
  { id: 'at', type: 'datetime', header: { fr: 'Date', en: 'Date' } },
  { id: 'fileName', type: 'text', header: { fr: 'Fichier', en: 'File' }, width: 36 },
  { id: 'actorLabel', type: 'text', header: { fr: 'Qui', en: 'Who' }, width: 32 },
  {
    id: 'role',
    type: 'text',
    header: { fr: 'En tant que', en: 'As' },
    width: 18,
    labels: downloaderRoleLabels,
  },
  {
    id: 'served',
    type: 'text',
    header: { fr: 'Version', en: 'Version' },
    width: 28,
    labels: servedVersionLabels,
  },
];
