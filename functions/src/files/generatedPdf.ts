import type { Request } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { isStaffRole, readClaims } from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';
import { httpAuth } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';
import {
  assignmentSource,
  generatedDocuments,
  propertySheetSource,
  type PdfSource,
} from '../pdfs/sources.js';
import { defaultBucket } from '../storage.js';
import { contentDisposition } from './contentDisposition.js';
import { streamFile } from './streamFile.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });
export const generatedPdfRequest = z.object({
  kind: z.literal('generatedPdf'),
  document: z.enum(generatedDocuments, { error: 'Document inconnu.' }),
  propertyId: id,
  /** The client space of a visit report or offer draft; a client's own is implied. */
  clientId: id.optional(),
});
type GeneratedPdfRequest = z.infer<typeof generatedPdfRequest>;

const notFound = () => new HttpsError('not-found', 'Fichier introuvable.');

/**
 * Staff of the tenant: any of the three documents (a collaborator limited to shared clients only
 * for those clients, as loadClientForStaff decides). A client, or a preview of their space: the
 * visit report and offer draft of a property published to their own space, nothing else.
 */
async function sourceFor(request: Request, wanted: GeneratedPdfRequest): Promise<PdfSource> {
  const auth = await httpAuth(request);
  const claims = readClaims(auth?.token);
  if (claims !== null && isStaffRole(claims.role)) {
    const staff = await requireStaff({ auth });
    if (wanted.document === 'propertySheet') {
      const property = await db
        .doc(`tenants/${staff.tenantId}/properties/${wanted.propertyId}`)
        .get();
      if (!property.exists) throw notFound();
      return propertySheetSource(staff.tenantId, wanted.propertyId, property);
    }
    if (!wanted.clientId) throw notFound();
    await loadClientForStaff(staff, wanted.clientId);
    const assignment = await db
      .doc(`tenants/${staff.tenantId}/clients/${wanted.clientId}/assignments/${wanted.propertyId}`)
      .get();
    if (!assignment.exists) throw notFound();
    return assignmentSource(wanted.document, staff.tenantId, assignment);
  }
  const client = await requireClient({ auth }, { allowPreview: true });
  if (wanted.document === 'propertySheet') throw notFound();
  if (wanted.clientId && wanted.clientId !== client.clientId) throw notFound();
  const assignment = await db
    .doc(`tenants/${client.tenantId}/clients/${client.clientId}/assignments/${wanted.propertyId}`)
    .get();
  if (assignment.get('published') !== true) throw notFound();
  return assignmentSource(wanted.document, client.tenantId, assignment);
}

/**
 * `GET /files?kind=generatedPdf&document=visitReport|propertySheet|offerDraft&propertyId=…
 * [&clientId=…]` with the caller's ID token (D6). The PDF is rendered in the tenant's branding
 * the first time and kept in Storage beside what it comes from; while its sources stay the same
 * (a digest in the file's metadata says so) later downloads stream the stored copy.
 */
export async function serveGeneratedPdf(request: Request, response: Response): Promise<void> {
  const wanted = parseInput(generatedPdfRequest, request.query);
  const source = await sourceFor(request, wanted);
  const stored = defaultBucket().file(source.storagePath);
  const [metadata] = await stored.getMetadata().catch(() => [null]);
  const current = metadata?.metadata?.version === source.version;

  response.set('Content-Type', 'application/pdf');
  response.set('Content-Disposition', contentDisposition(source.fileName));
  response.set('Cache-Control', 'private, no-store');
  response.set('X-Content-Type-Options', 'nosniff');
  response.set('Access-Control-Expose-Headers', 'Content-Disposition');
  if (current) return streamFile(stored, response);
  const { renderPdf } = await import('../pdfs/render.js');
  const { request: pdf, complete } = await source.load();
  const bytes = await renderPdf(pdf);
  // A sheet missing a photo that could not be read this time is served, not kept.
  if (complete) {
    await stored.save(bytes, {
      resumable: false,
      contentType: 'application/pdf',
      metadata: { metadata: { version: source.version } },
    });
  }
  response.set('Content-Length', String(bytes.length));
  response.status(200).end(bytes);
}
