import type { Request } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { archiveFileName, archiveFileRequest, archiveStoragePath } from '@portail/shared';
import { db } from '../admin.js';
import { requireClient } from '../common/clientGuard.js';
import { httpAuth } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { contentDisposition } from './contentDisposition.js';

const notFound = () =>
  new HttpsError('not-found', 'Archive introuvable ou expirée : relancez l’export.');

/**
 * `GET /files?kind=archive&archiveId=…` (C6): the archive exportMyData wrote, to a login of the
 * same client only. The path is built from the caller's own claims, so another client's id
 * can only name a file that does not exist for this caller; a staff preview is refused.
 */
export async function serveArchive(request: Request, response: Response): Promise<void> {
  const wanted = parseInput(archiveFileRequest, request.query);
  const client = await requireClient({ auth: await httpAuth(request) });
  const file = defaultBucket().file(
    archiveStoragePath(client.tenantId, client.clientId, wanted.archiveId),
  );
  const [metadata] = await file.getMetadata().catch(() => {
    throw notFound();
  });
  const expiresAt = Number(metadata.metadata?.expiresAt ?? 0);
  if (!expiresAt || expiresAt < Date.now()) throw notFound();
  const branding = await db.doc(`tenants/${client.tenantId}/public/branding`).get();
  response.set('Content-Type', 'application/zip');
  response.set(
    'Content-Disposition',
    contentDisposition(archiveFileName(String(branding.get('name') ?? ''), Date.now())),
  );
  response.set('Cache-Control', 'private, no-store');
  response.set('X-Content-Type-Options', 'nosniff');
  response.set('Access-Control-Expose-Headers', 'Content-Disposition');
  await new Promise<void>((resolve, reject) => {
    file
      .createReadStream()
      .on('error', reject)
      .pipe(response)
      .on('finish', () => resolve())
      .on('error', reject);
  });
}
