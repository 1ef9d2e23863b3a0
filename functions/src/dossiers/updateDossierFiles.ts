import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  dossierDownloadState,
  dossierFilePath,
  updateDossierFilesInput,
  type DossierFile,
  type DossierRecord,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { dossierNotFound, loadDossierForStaff } from './records.js';

/**
 * The editor's list of files: their order, titles and comments; a file left out is removed
 * (from Storage too, once the dossier no longer lists it, so no download can start on a file
 * about to vanish). An id the dossier does not hold is refused: a file is only added by upload.
 */
export const updateDossierFiles = onCall(async (request): Promise<{ removed: number }> => {
  const caller = await requireStaff(request);
  const { dossierId, files } = parseInput(updateDossierFilesInput, request.data);
  const { ref } = await loadDossierForStaff(caller, dossierId);
  const removed = await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (!current.exists) throw dossierNotFound();
    const dossier = current.data() as DossierRecord;
    const byId = new Map((dossier.files ?? []).map((file) => [file.id, file]));
    const kept: DossierFile[] = files.map((edit) => {
      const file = byId.get(edit.id);
      if (!file) {
        throw new HttpsError(
          'failed-precondition',
          'Un fichier a changé entre-temps : rechargez le dossier.',
          { code: 'dossier/file-unknown' },
        );
      }
      return { ...file, title: edit.title, comment: edit.comment };
    });
    if (new Set(kept.map((file) => file.id)).size !== kept.length) {
      throw new HttpsError('invalid-argument', 'Un fichier est listé deux fois.');
    }
    const keptIds = kept.map((file) => file.id);
    const downloadedFileIds = (dossier.downloadedFileIds ?? []).filter((fileId) =>
      keptIds.includes(fileId),
    );
    tx.update(ref, {
      files: kept,
      downloadedFileIds,
      downloadState: dossierDownloadState(keptIds, downloadedFileIds),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return (dossier.files ?? []).filter((file) => !keptIds.includes(file.id));
  });
  const bucket = defaultBucket();
  await Promise.all(
    removed.map(async (file) => {
      await bucket
        .file(dossierFilePath(caller.tenantId, dossierId, file.id))
        .delete({ ignoreNotFound: true });
      await ref.collection('fileStats').doc(file.id).delete();
    }),
  );
  return { removed: removed.length };
});
