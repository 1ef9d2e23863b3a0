import { createHash } from 'node:crypto';
import { logger } from 'firebase-functions/v2';
import { HttpsError } from 'firebase-functions/v2/https';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import {
  clientSnapshot,
  propertyGeneratedPrefix,
  type ClientSnapshot,
  type PropertyRecord,
} from '@portail/shared';
import { photoPath } from '../properties/photoFiles.js';
import { defaultBucket } from '../storage.js';
import type { PdfBrand } from './brand.js';
import { fileSlug } from './format.js';
import { loadPdfBrand, readBrandSource, type BrandSource } from './loadBrand.js';
import { SHEET_PHOTOS } from './limits.js';
import type { PdfRequest } from './render.js';

/** Bumped when a layout changes, so that every stored copy is rendered again. */
const LAYOUT_VERSION = 1;

export const generatedDocuments = ['visitReport', 'propertySheet', 'offerDraft'] as const;
export type GeneratedDocument = (typeof generatedDocuments)[number];

/** A document to serve: where its copy is kept, what it is made of, and how to make it. */
export interface PdfSource {
  storagePath: string;
  fileName: string;
  /** A digest of everything the PDF shows: a stored copy with another version is stale. */
  version: string;
  /** What to render; `complete` is false when a part could not be read (not worth keeping). */
  load: () => Promise<{ request: PdfRequest; complete: boolean }>;
}

const missing = (message: string, code: string) =>
  new HttpsError('failed-precondition', message, { code });

function digest(document: GeneratedDocument, brand: BrandSource, data: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ LAYOUT_VERSION, document, brand, data }))
    .digest('hex')
    .slice(0, 32);
}

/** Firestore Timestamps, as the client's writes store them (epoch milliseconds in old seeds). */
function dateOf(value: unknown): Date {
  if (typeof value === 'number') return new Date(value);
  if (value && typeof (value as { toDate?: unknown }).toDate === 'function') {
    return (value as { toDate: () => Date }).toDate();
  }
  return new Date(Number.NaN);
}

/** A logo the settings name but that could not be read this time: the copy is not kept. */
const logoRead = (source: BrandSource, brand: PdfBrand) => !source.logoUrl || brand.logo !== null;

async function withBrand(
  source: BrandSource,
  build: (brand: PdfBrand) => PdfRequest,
): Promise<{ request: PdfRequest; complete: boolean }> {
  const brand = await loadPdfBrand(source);
  return { request: build(brand), complete: logoRead(source, brand) };
}

/** The first photos at the size phones show, re-encoded as JPEG (stored as WebP). */
async function sheetPhotos(tenantId: string, propertyId: string, ids: string[]) {
  const { default: sharp } = await import('sharp');
  const photos = await Promise.all(
    ids.slice(0, SHEET_PHOTOS).map(async (id) => {
      try {
        const [bytes] = await defaultBucket()
          .file(photoPath(tenantId, propertyId, id, 'phone'))
          .download();
        return await sharp(bytes).jpeg({ quality: 78 }).toBuffer();
      } catch (error) {
        // A photo that cannot be read leaves its place to the next one.
        logger.warn('Property sheet photo unreadable', { tenantId, propertyId, id, error });
        return null;
      }
    }),
  );
  const readable = photos.filter((photo) => photo !== null);
  return { photos: readable, complete: readable.length === photos.length };
}

/** The property sheet, from the property itself (staff only), as a client would see it. */
export async function propertySheetSource(
  tenantId: string,
  propertyId: string,
  property: DocumentSnapshot,
): Promise<PdfSource> {
  const snapshot = clientSnapshot(property.data() as PropertyRecord);
  const brand = await readBrandSource(tenantId);
  return {
    storagePath: `${propertyGeneratedPrefix(tenantId, propertyId)}fiche.pdf`,
    fileName: `Fiche du bien - ${fileSlug(snapshot.title)}.pdf`,
    version: digest('propertySheet', brand, snapshot),
    load: async () => {
      const [pdfBrand, { photos, complete }] = await Promise.all([
        loadPdfBrand(brand),
        sheetPhotos(
          tenantId,
          propertyId,
          snapshot.photos.map((photo) => photo.id),
        ),
      ]);
      return {
        request: {
          document: 'propertySheet',
          data: { brand: pdfBrand, property: snapshot, photos },
        },
        complete: complete && logoRead(brand, pdfBrand),
      };
    },
  };
}

/**
 * The visit report or the offer draft of one assignment, from what the client wrote on it and
 * the property as their space shows it: staff and the client read the same document.
 */
export async function assignmentSource(
  document: 'visitReport' | 'offerDraft',
  tenantId: string,
  assignment: DocumentSnapshot,
): Promise<PdfSource> {
  const property = assignment.get('property') as ClientSnapshot | undefined;
  const clientName = String(assignment.get('clientName') ?? '');
  if (!property) throw new HttpsError('not-found', 'Fichier introuvable.');
  const base = `tenants/${tenantId}/clients/${assignment.get('clientId') as string}/generated/${assignment.id}`;
  const brand = await readBrandSource(tenantId);
  if (document === 'visitReport') {
    const report = assignment.get('report') as
      { ratings: Record<string, number>; comment: string; at: unknown } | null | undefined;
    if (!report) {
      throw missing('Pas encore de compte rendu de visite pour ce bien.', 'pdf-no-report');
    }
    const data = { clientName, property, report: { ...report, at: dateOf(report.at) } };
    return {
      storagePath: `${base}/compte-rendu.pdf`,
      fileName: `Compte rendu de visite - ${fileSlug(property.title)}.pdf`,
      version: digest(document, brand, data),
      load: () =>
        withBrand(brand, (pdfBrand) => ({ document, data: { ...data, brand: pdfBrand } })),
    };
  }
  const offer = assignment.get('offer') as
    { amount: number; validUntil: unknown; at: unknown } | null | undefined;
  if (!offer) throw missing('Pas encore d’offre pour ce bien.', 'pdf-no-offer');
  const data = {
    clientName,
    property,
    offer: { amount: offer.amount, validUntil: dateOf(offer.validUntil), at: dateOf(offer.at) },
  };
  return {
    storagePath: `${base}/offre.pdf`,
    fileName: `Brouillon de lettre d'offre - ${fileSlug(property.title)}.pdf`,
    version: digest(document, brand, data),
    load: () => withBrand(brand, (pdfBrand) => ({ document, data: { ...data, brand: pdfBrand } })),
  };
}
