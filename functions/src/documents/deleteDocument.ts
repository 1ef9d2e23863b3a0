import { onCall } from 'firebase-functions/v2/https';
import { deleteDocumentInput, documentStoragePath } from '@portail/shared';
import { db } from '../admin.js';
import { loadClientForStaff } from '../clients/records.js';
import { requireStaff } from '../common/guards.js';
import { deleteCollection } from '../common/deletion.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';

/**
 * Staff remove a document: the record first (so no download can start on a file about to
 * vanish), then its file and its download entries. A message that carried it keeps its line
 * but the file no longer downloads. Deleting what is already gone succeeds.
 */
export const deleteDocument = onCall(async (request): Promise<{ deleted: boolean }> => {
  const caller = await requireStaff(request);
  const { clientId, documentId } = parseInput(deleteDocumentInput, request.data);
  await loadClientForStaff(caller, clientId);
  const ref = db.doc(`tenants/${caller.tenantId}/clients/${clientId}/documents/${documentId}`);
  const existed = (await ref.get()).exists;
  await ref.delete();
  await defaultBucket()
    .file(documentStoragePath(caller.tenantId, clientId, documentId))
    .delete({ ignoreNotFound: true });
  await deleteCollection(ref.collection('downloads'));
  return { deleted: existed };
});
