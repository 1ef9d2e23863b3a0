import type { Request } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { FieldValue } from 'firebase-admin/firestore';
import { documentFileRequest, documentStoragePath } from '@portail/shared';
import { db } from '../admin.js';
import { httpAuth } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { contentDisposition } from './contentDisposition.js';
import { streamFile } from './streamFile.js';
import { documentAccess, documentNotFound, type DocumentAccess } from './documentAccess.js';

/** One entry per download and the counter on the document, in one batch (H8: who, when). */
async function recordDownload({ ref, downloader }: DocumentAccess, inline: boolean) {
  const batch = db.batch();
  batch.create(ref.collection('downloads').doc(), {
    uid: downloader.uid,
    role: downloader.role,
    inline,
    at: FieldValue.serverTimestamp(),
  });
  batch.update(ref, {
    downloadCount: FieldValue.increment(1),
    lastDownloadAt: FieldValue.serverTimestamp(),
  });
  await batch.commit();
}

/**
 * `GET /files?kind=document&clientId=…&documentId=…` with the caller's ID token: the document
 * under its own name, never cached. `inline=1` asks for it to be shown rather than saved (the
 * thread's thumbnails): it changes only the disposition, and is recorded too, marked `inline`,
 * so the staff tell a file opened in the thread from one saved.
 */
export async function serveDocumentFile(request: Request, response: Response): Promise<void> {
  const { inline, ...query } = request.query;
  const wanted = parseInput(documentFileRequest, query);
  const access = await documentAccess(
    { auth: await httpAuth(request) },
    wanted.clientId,
    wanted.documentId,
  );
  const stored = defaultBucket().file(
    documentStoragePath(access.downloader.tenantId, wanted.clientId, wanted.documentId),
  );
  await stored.getMetadata().catch(() => {
    throw documentNotFound();
  });
  const shown = inline === '1';
  await recordDownload(access, shown);

  const { document } = access;
  response.set('Content-Type', document.contentType);
  response.set(
    'Content-Disposition',
    contentDisposition(document.fileName, shown ? 'inline' : 'attachment'),
  );
  response.set('Cache-Control', 'private, no-store');
  response.set('X-Content-Type-Options', 'nosniff');
  response.set('Access-Control-Expose-Headers', 'Content-Disposition');
  if (document.size) response.set('Content-Length', String(document.size));
  await streamFile(stored, response);
}
