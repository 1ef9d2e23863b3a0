import type { Request } from 'firebase-functions/v2/https';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Response } from 'express';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  dossierDownloadState,
  dossierFilePath,
  readUnpaidPolicy,
  serveDecision,
  UNPAID_BLOCKED_CODE,
  UNPAID_BLOCKED_MESSAGE,
  type DossierFile,
  type ServedVersion,
} from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { httpAuth } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { contentDisposition } from './contentDisposition.js';
import { dossierAccess, type DossierAccess } from './dossierAccess.js';
import { streamFile } from './streamFile.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });
export const dossierFileRequest = z.object({
  kind: z.literal('dossierFile'),
  dossierId: id,
  fileId: id,
});

const fileNotFound = () => new HttpsError('not-found', 'Fichier introuvable.');

/** The tenant's unpaid policy and the client's exemption: read only when they can matter. */
async function versionFor(access: DossierAccess, file: DossierFile): Promise<ServedVersion> {
  const { downloader, dossier } = access;
  let policy = readUnpaidPolicy(undefined);
  let clientExempt = false;
  if (downloader.role !== 'staff' && !dossier.paid) {
    const [settings, client] = await Promise.all([
      db.doc(`tenants/${downloader.tenantId}/config/settings`).get(),
      db.doc(`tenants/${downloader.tenantId}/clients/${dossier.clientId}`).get(),
    ]);
    policy = readUnpaidPolicy(settings.get('unpaidPolicy'));
    clientExempt = client.get('unpaidExempt') === true;
  }
  const decision = serveDecision({
    role: downloader.role,
    paid: dossier.paid === true,
    clientExempt,
    policy,
    kind: file.kind,
  });
  if (decision.serve === 'blocked') {
    throw new HttpsError('failed-precondition', UNPAID_BLOCKED_MESSAGE, {
      code: UNPAID_BLOCKED_CODE,
    });
  }
  return decision.serve;
}

/**
 * The download, counted where it cannot become a hot spot: one history entry per download and
 * one counter document per file; the dossier itself is written only the first time the client
 * downloads a file, when its download state may change.
 */
async function recordDownload(access: DossierAccess, file: DossierFile, served: ServedVersion) {
  const { ref, downloader } = access;
  const batch = db.batch();
  batch.create(ref.collection('history').doc(), {
    at: Timestamp.now(),
    fileId: file.id,
    fileName: file.name,
    role: downloader.role,
    actorUid: downloader.uid,
    actorLabel: downloader.label,
    served,
  });
  batch.set(
    ref.collection('fileStats').doc(file.id),
    {
      downloads: FieldValue.increment(1),
      [`${downloader.role}Downloads`]: FieldValue.increment(1),
      lastDownloadAt: FieldValue.serverTimestamp(),
    },
    { merge: true },
  );
  await batch.commit();
  if (downloader.role !== 'client' || access.dossier.downloadedFileIds?.includes(file.id)) return;
  await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (!current.exists) return;
    const downloaded = (current.get('downloadedFileIds') as string[] | undefined) ?? [];
    if (downloaded.includes(file.id)) return;
    const files = (current.get('files') as DossierFile[] | undefined) ?? [];
    const next = [...downloaded, file.id];
    tx.update(ref, {
      downloadedFileIds: next,
      downloadState: dossierDownloadState(
        files.map((f) => f.id),
        next,
      ),
    });
  });
}

/**
 * The stamped copy as parts to write in order. A PDF's first part is the downloaded original
 * itself, which the incremental update follows: the file is held once, not joined into a copy.
 */
async function stamped(bytes: Buffer, file: DossierFile): Promise<Uint8Array[]> {
  if (file.kind === 'pdf') {
    const { stampPdfDetailed } = await import('./stamp/stampPdf.js');
    return (await stampPdfDetailed(bytes)).parts;
  }
  const { stampImage } = await import('./stamp/stampImage.js');
  return [await stampImage(bytes)];
}

/** Writes the parts, waiting for the socket to drain rather than buffering them all again. */
async function sendParts(response: Response, parts: Uint8Array[]): Promise<void> {
  const length = parts.reduce((total, part) => total + part.length, 0);
  response.set('Content-Length', String(length));
  response.status(200);
  for (const part of parts) {
    const buffer = Buffer.from(part.buffer, part.byteOffset, part.length);
    if (!response.write(buffer)) {
      await new Promise<void>((resolve, reject) => {
        const cleanup = () => {
          response.off('drain', onDrain);
          response.off('close', onClose);
        };
        const onDrain = () => {
          cleanup();
          resolve();
        };
        const onClose = () => {
          cleanup();
          reject(new Error('connection closed'));
        };
        response.on('drain', onDrain);
        response.on('close', onClose);
      });
    }
  }
  response.end();
}

/**
 * `GET /files?kind=dossierFile&dossierId=…&fileId=…` with the caller's ID token, or a guest's
 * link token in `X-Guest-Token`: the file under its own name, the original or a stamped copy as
 * the unpaid policy says (the stored original is never modified), never cached.
 */
export async function serveDossierFile(request: Request, response: Response): Promise<void> {
  const wanted = parseInput(dossierFileRequest, request.query);
  const guestToken = request.get('x-guest-token') || undefined;
  const auth = guestToken ? undefined : await httpAuth(request);
  const access = await dossierAccess({ auth }, wanted.dossierId, guestToken);
  const file = (access.dossier.files ?? []).find((f) => f.id === wanted.fileId);
  if (!file) throw fileNotFound();
  const served = await versionFor(access, file);
  const stored = defaultBucket().file(
    dossierFilePath(access.downloader.tenantId, wanted.dossierId, file.id),
  );
  let body: Uint8Array[] | null = null;
  if (served === 'stamped') {
    const [bytes] = await stored.download().catch(() => {
      throw fileNotFound();
    });
    body = await stamped(bytes, file);
  } else {
    await stored.getMetadata().catch(() => {
      throw fileNotFound();
    });
  }
  await recordDownload(access, file, served);

  response.set('Content-Type', file.mime);
  response.set('Content-Disposition', contentDisposition(file.name));
  response.set('Cache-Control', 'private, no-store');
  response.set('X-Content-Type-Options', 'nosniff');
  response.set('X-File-Version', served);
  response.set('Access-Control-Expose-Headers', 'Content-Disposition, X-File-Version');
  if (body) return sendParts(response, body);
  if (file.size) response.set('Content-Length', String(file.size));
  await streamFile(stored, response);
}
