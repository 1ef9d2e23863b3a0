import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { readClaims, isStaffRole, photoSizes, type PropertyPhoto } from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { photoPath } from '../properties/photoFiles.js';
import { defaultBucket } from '../storage.js';
import { serveDocumentFile } from './documentFile.js';
import { serveArchive } from './archiveFile.js';
import { serveDossierFile } from './dossierFile.js';
import { serveGeneratedPdf } from './generatedPdf.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });
const photoRequest = z.object({
  kind: z.literal('photo'),
  propertyId: id,
  photoId: id,
  size: z.enum(Object.keys(photoSizes) as [keyof typeof photoSizes]),
});

const notFound = () => new HttpsError('not-found', 'Fichier introuvable.');

/**
 * Which stored file a caller may have: staff of the tenant any photo of its properties; a client
 * (or a preview of their space) only photos of properties published to their space, as the
 * snapshot on the assignment lists them — the same document the rules let them read.
 */
async function photoFor(request: Parameters<typeof requireStaff>[0], query: unknown) {
  const wanted = parseInput(photoRequest, query);
  const claims = readClaims(request.auth?.token);
  if (claims !== null && isStaffRole(claims.role)) {
    const staff = await requireStaff(request);
    const property = await db
      .doc(`tenants/${staff.tenantId}/properties/${wanted.propertyId}`)
      .get();
    const photos = (property.get('photos') as PropertyPhoto[] | undefined) ?? [];
    if (!photos.some((photo) => photo.id === wanted.photoId)) throw notFound();
    return photoPath(staff.tenantId, wanted.propertyId, wanted.photoId, wanted.size);
  }
  const client = await requireClient(request, { allowPreview: true });
  const assignment = await db
    .doc(`tenants/${client.tenantId}/clients/${client.clientId}/assignments/${wanted.propertyId}`)
    .get();
  const photos = (assignment.get('property.photos') as PropertyPhoto[] | undefined) ?? [];
  if (assignment.get('published') !== true || !photos.some((p) => p.id === wanted.photoId)) {
    throw notFound();
  }
  return photoPath(client.tenantId, wanted.propertyId, wanted.photoId, wanted.size);
}

/**
 * The one way files leave the product (D2): `GET /files?kind=photo&propertyId=…&photoId=…&size=…`
 * with the caller's ID token. Access is checked against Firestore, then the file streams from
 * Storage, which no app reads directly and which is never public. Photos are immutable (a new
 * photo gets a new id), so the browser may keep them, privately. Dossier files
 * (`kind=dossierFile`, see dossierFile.ts) follow the unpaid policy and are never cached, nor are
 * a client space's documents (`kind=document`, see documentFile.ts).
 */
// Stamping an unpaid dossier's PDF holds the file and its stamped copy: more than 256 MiB.
export const files = onRequest({ cors: true, memory: '1GiB' }, async (request, response) => {
  try {
    if (request.method !== 'GET') throw new HttpsError('invalid-argument', 'Lecture attendue.');
    await requireAppCheck(request);
    if (request.query.kind === 'dossierFile') return await serveDossierFile(request, response);
    if (request.query.kind === 'document') return await serveDocumentFile(request, response);
    if (request.query.kind === 'archive') return await serveArchive(request, response);
    if (request.query.kind === 'generatedPdf') return await serveGeneratedPdf(request, response);
    const path = await photoFor({ auth: await httpAuth(request) }, request.query);
    const file = defaultBucket().file(path);
    const [metadata] = await file.getMetadata().catch(() => {
      throw notFound();
    });
    response.set('Content-Type', String(metadata.contentType ?? 'application/octet-stream'));
    response.set('Cache-Control', 'private, max-age=31536000, immutable');
    response.set('X-Content-Type-Options', 'nosniff');
    await new Promise<void>((resolve, reject) => {
      file
        .createReadStream()
        .on('error', reject)
        .pipe(response)
        .on('finish', () => resolve())
        .on('error', reject);
    });
  } catch (error) {
    if (!response.headersSent) sendHttpError(response, error);
    else response.end();
  }
});
