import { randomBytes } from 'node:crypto';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import {
  ARCHIVE_TTL_HOURS,
  archiveSections,
  archiveStoragePath,
  type ExportMyDataResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireClient } from '../common/clientGuard.js';
import { defaultBucket } from '../storage.js';
import { readClientData } from './clientData.js';
import { writeArchive } from './writeArchive.js';

const archivesPrefix = (tenantId: string, clientId: string) =>
  `tenants/${tenantId}/clients/${clientId}/archives/`;

/**
 * C6 « Exporter mes données »: a login of the space (never a staff preview: the archive is the
 * client's own copy) gets one ZIP of everything the space holds for them, written to Storage
 * under their folder with a random id; the page then downloads it through `files?kind=archive`.
 * Earlier archives of the client are removed first, so at most one waits in Storage; each one
 * also expires after ARCHIVE_TTL_HOURS (the download refuses it, deleteClient removes it).
 */
export const exportMyData = onCall(
  { memory: '512MiB', timeoutSeconds: 300 },
  async (request): Promise<ExportMyDataResult> => {
    const caller = await requireClient(request);
    const { tenantId, clientId } = caller;
    const bucket = defaultBucket();
    const [earlier] = await bucket
      .getFiles({ prefix: archivesPrefix(tenantId, clientId) })
      .catch(() => [[]] as const);
    await Promise.all(earlier.map((file) => file.delete({ ignoreNotFound: true })));

    const data = await readClientData(tenantId, clientId);
    const branding = await db.doc(`tenants/${tenantId}/public/branding`).get();
    const archiveId = randomBytes(18).toString('base64url');
    const at = new Date();
    const expiresAt = at.getTime() + ARCHIVE_TTL_HOURS * 3_600_000;
    const path = archiveStoragePath(tenantId, clientId, archiveId);
    const written = await writeArchive(bucket, path, data, {
      agency: String(branding.get('name') ?? tenantId),
      at,
    }).catch((error: unknown) => {
      console.error('exportMyData', error);
      throw new HttpsError('internal', 'L’archive n’a pas pu être préparée : réessayez.', {
        code: 'archive/failed',
      });
    });
    await bucket.file(path).setMetadata({
      metadata: { expiresAt: String(expiresAt), uid: caller.uid },
    });
    await writeAudit(tenantId, {
      action: 'client.dataExported',
      actorUid: caller.uid,
      targetId: clientId,
      details: { files: written.files, missing: written.missing.length },
    });
    const counts = Object.fromEntries(
      archiveSections.map((section) => [section, data.json[section].length]),
    ) as ExportMyDataResult['counts'];
    return { archiveId, counts, expiresAt };
  },
);
