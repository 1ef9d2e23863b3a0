import { z } from 'zod';
import { languageSchema } from '../branding/branding.js';
import type { Language } from '../branding/brandingValues.js';
import type { PipelineStage, PropertyType } from '../pipeline/stages.js';

/**
 * The Excel exports (H11) as data: which columns each export has, their type and their French and
 * English headers, so the admin app can show the same labels as the file and the function that
 * writes it (functions/src/exports) needs no knowledge of any collection.
 *
 * A column's `id` is the field path in the exported Firestore document, dotted for nested fields
 * (`criteria.budgetMax`), and the key of that column in a row (see `exportRow`). A few columns come
 * from a related document, which their first segment names:
 * - `client.*`: the client the document belongs to (assignments, messages, dossiers);
 * - `fee.*` and `dates.*` of an assignment: its private fee and the dates its stages were
 *   reached, the forecast's inputs (not in docs/data-model.md yet: the names follow
 *   `ForecastDeal` in analytics/forecast.ts);
 * - `details.*` of a property: its `private/details` document.
 */

export const columnTypes = [
  'text',
  'number',
  'integer',
  'euro',
  'date',
  'datetime',
  'boolean',
] as const;
export type ColumnType = (typeof columnTypes)[number];

export type LocalizedText = Readonly<Record<Language, string>>;

export interface ColumnSpec {
  id: string;
  type: ColumnType;
  header: LocalizedText;
  /** Width in characters; the writer derives one from the type and the header when absent. */
  width?: number;
  /** Labels of a coded text value (a stage, a status), so the sheet reads like the app. */
  labels?: Readonly<Record<string, LocalizedText>>;
}

export interface ExportDefinition {
  sheetName: LocalizedText;
  columns: readonly ColumnSpec[];
}

export const exportKinds = [
  'clients',
  'properties',
  'assignments',
  'messages',
  'dossiers',
] as const;
export const exportKindSchema = z.enum(exportKinds, { error: "Type d'export inconnu." });
export type ExportKind = z.infer<typeof exportKindSchema>;

/** What the admin app asks for when it requests an export. */
export const exportRequestSchema = z.object({
  kind: exportKindSchema,
  language: languageSchema.default('fr'),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const stageLabels: Readonly<Record<PipelineStage, LocalizedText>> = {
  new: { fr: 'Nouveauté', en: 'New' },
  toVisit: { fr: 'À visiter', en: 'To visit' },
  visited: { fr: 'Visité', en: 'Visited' },
  offer: { fr: 'Offre faite', en: 'Offer made' },
  offerAccepted: { fr: 'Offre acceptée', en: 'Offer accepted' },
  compromis: { fr: 'Compromis', en: 'Preliminary contract' },
  acte: { fr: 'Acte signé', en: 'Deed signed' },
  rejected: { fr: 'Rejeté', en: 'Rejected' },
};

const clientStatusLabels: Readonly<Record<string, LocalizedText>> = {
  added: { fr: 'Ajouté', en: 'Added' },
  invited: { fr: 'Invité', en: 'Invited' },
  active: { fr: 'Actif', en: 'Active' },
  revoked: { fr: 'Accès révoqué', en: 'Access revoked' },
  deleting: { fr: 'Suppression…', en: 'Being deleted…' },
};

const propertyTypeLabels: Readonly<Record<PropertyType, LocalizedText>> = {
  apartment: { fr: 'Appartement', en: 'Apartment' },
  house: { fr: 'Maison', en: 'House' },
  land: { fr: 'Terrain', en: 'Land' },
  commercial: { fr: 'Local commercial', en: 'Commercial premises' },
  other: { fr: 'Autre', en: 'Other' },
};

const feePayerLabels: Readonly<Record<string, LocalizedText>> = {
  client: { fr: 'Client (acquéreur)', en: 'Client (buyer)' },
  seller: { fr: 'Vendeur', en: 'Seller' },
};

const clientName: readonly ColumnSpec[] = [
  { id: 'client.lastName', type: 'text', header: { fr: 'Nom du client', en: 'Client last name' } },
  {
    id: 'client.firstName',
    type: 'text',
    header: { fr: 'Prénom du client', en: 'Client first name' },
  },
];

const clients: ExportDefinition = {
  sheetName: { fr: 'Clients', en: 'Clients' },
  columns: [
    { id: 'lastName', type: 'text', header: { fr: 'Nom', en: 'Last name' } },
    { id: 'firstName', type: 'text', header: { fr: 'Prénom', en: 'First name' } },
    {
      id: 'email',
      type: 'text',
      header: { fr: 'Adresse e-mail', en: 'E-mail address' },
      width: 30,
    },
    { id: 'phone', type: 'text', header: { fr: 'Téléphone', en: 'Phone' } },
    {
      id: 'status',
      type: 'text',
      header: { fr: 'Statut', en: 'Status' },
      labels: clientStatusLabels,
    },
    {
      id: 'criteria.budgetMax',
      type: 'euro',
      header: { fr: 'Budget maximum', en: 'Maximum budget' },
    },
    { id: 'criteria.areas', type: 'text', header: { fr: 'Secteurs', en: 'Areas' }, width: 30 },
    {
      id: 'criteria.roomsMin',
      type: 'integer',
      header: { fr: 'Pièces (min.)', en: 'Rooms (min.)' },
    },
    {
      id: 'criteria.surfaceMin',
      type: 'number',
      header: { fr: 'Surface min. (m²)', en: 'Min. surface (m²)' },
    },
    { id: 'createdAt', type: 'datetime', header: { fr: 'Créé le', en: 'Created' } },
    { id: 'updatedAt', type: 'datetime', header: { fr: 'Modifié le', en: 'Updated' } },
  ],
};

const properties: ExportDefinition = {
  sheetName: { fr: 'Biens', en: 'Properties' },
  columns: [
    { id: 'title', type: 'text', header: { fr: 'Titre', en: 'Title' }, width: 36 },
    { id: 'type', type: 'text', header: { fr: 'Type', en: 'Type' }, labels: propertyTypeLabels },
    { id: 'price', type: 'euro', header: { fr: 'Prix', en: 'Price' } },
    { id: 'surface', type: 'number', header: { fr: 'Surface (m²)', en: 'Surface (m²)' } },
    { id: 'rooms', type: 'integer', header: { fr: 'Pièces', en: 'Rooms' } },
    { id: 'address', type: 'text', header: { fr: 'Adresse', en: 'Address' }, width: 32 },
    { id: 'postalCode', type: 'text', header: { fr: 'Code postal', en: 'Postal code' } },
    { id: 'city', type: 'text', header: { fr: 'Ville', en: 'City' } },
    { id: 'details.sourceUrl', type: 'text', header: { fr: 'Annonce', en: 'Listing' }, width: 40 },
    { id: 'createdAt', type: 'datetime', header: { fr: 'Créé le', en: 'Created' } },
  ],
};

const assignments: ExportDefinition = {
  sheetName: { fr: 'Biens proposés', en: 'Assigned properties' },
  columns: [
    ...clientName,
    { id: 'property.title', type: 'text', header: { fr: 'Bien', en: 'Property' }, width: 36 },
    { id: 'property.city', type: 'text', header: { fr: 'Ville', en: 'City' } },
    { id: 'property.price', type: 'euro', header: { fr: 'Prix', en: 'Price' } },
    { id: 'stage', type: 'text', header: { fr: 'Étape', en: 'Stage' }, labels: stageLabels },
    { id: 'published', type: 'boolean', header: { fr: 'Publié', en: 'Published' } },
    { id: 'offer.amount', type: 'euro', header: { fr: 'Offre', en: 'Offer' } },
    {
      id: 'offer.validUntil',
      type: 'date',
      header: { fr: "Validité de l'offre", en: 'Offer valid until' },
    },
    {
      id: 'dates.offerAcceptedAt',
      type: 'date',
      header: { fr: 'Offre acceptée le', en: 'Offer accepted' },
    },
    {
      id: 'dates.compromisAt',
      type: 'date',
      header: { fr: 'Compromis le', en: 'Preliminary contract' },
    },
    { id: 'dates.acteAt', type: 'date', header: { fr: 'Acte le', en: 'Deed' } },
    { id: 'fee.amountExclVat', type: 'euro', header: { fr: 'Honoraires HT', en: 'Fee excl. VAT' } },
    {
      id: 'fee.amountInclVat',
      type: 'euro',
      header: { fr: 'Honoraires TTC', en: 'Fee incl. VAT' },
    },
    {
      id: 'fee.payer',
      type: 'text',
      header: { fr: 'Honoraires à la charge de', en: 'Fee paid by' },
      labels: feePayerLabels,
    },
    {
      id: 'rejectedReason',
      type: 'text',
      header: { fr: 'Motif du rejet', en: 'Rejection reason' },
    },
    { id: 'updatedAt', type: 'datetime', header: { fr: 'Modifié le', en: 'Updated' } },
  ],
};

const messages: ExportDefinition = {
  sheetName: { fr: 'Messages', en: 'Messages' },
  columns: [
    { id: 'createdAt', type: 'datetime', header: { fr: 'Date', en: 'Date' } },
    ...clientName,
    {
      id: 'fromClient',
      type: 'boolean',
      header: { fr: 'Envoyé par le client', en: 'From the client' },
    },
    { id: 'text', type: 'text', header: { fr: 'Message', en: 'Message' }, width: 60 },
    { id: 'propertyId', type: 'text', header: { fr: 'Bien concerné', en: 'About property' } },
  ],
};

const dossiers: ExportDefinition = {
  sheetName: { fr: 'Dossiers', en: 'Files' },
  columns: [
    { id: 'title', type: 'text', header: { fr: 'Titre', en: 'Title' }, width: 36 },
    ...clientName,
    { id: 'published', type: 'boolean', header: { fr: 'Publié', en: 'Published' } },
    { id: 'amount', type: 'euro', header: { fr: 'Montant', en: 'Amount' } },
    { id: 'paid', type: 'boolean', header: { fr: 'Payé', en: 'Paid' } },
    { id: 'comments', type: 'text', header: { fr: 'Commentaires', en: 'Comments' }, width: 48 },
  ],
};

export const exportDefinitions: Readonly<Record<ExportKind, ExportDefinition>> = {
  clients,
  properties,
  assignments,
  messages,
  dossiers,
};

/** One line of an export, keyed by column id. */
export type ExportRow = Readonly<Record<string, unknown>>;

function valueAt(source: unknown, path: string): unknown {
  let value: unknown = source;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The row of `source` (a document's data, with related documents under their prefix: `client`,
 * `fee`…) for these columns, reading each column's dotted field path.
 */
export function exportRow(columns: readonly ColumnSpec[], source: unknown): ExportRow {
  const row: Record<string, unknown> = {};
  for (const column of columns) row[column.id] = valueAt(source, column.id);
  return row;
}
