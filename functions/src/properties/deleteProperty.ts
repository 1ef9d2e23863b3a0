import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { propertyGeneratedPrefix, propertyRefInput } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { deleteCollection, deleteFiles } from '../common/deletion.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { photosPrefix, propertyPath } from './records.js';

/**
 * "Supprimer" a property: final, and refused while it is in a client's space (its card there
 * holds the client's requests, reports and offers: nothing is lost without the hunter removing
 * those cards first). Its photos and private details go with it.
 */
export const deleteProperty = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { propertyId } = parseInput(propertyRefInput, request.data);
  const ref = db.doc(propertyPath(caller.tenantId, propertyId));
  if (!(await ref.get()).exists) throw new HttpsError('not-found', 'Bien introuvable.');
  const assigned = await db
    .collectionGroup('assignments')
    .where('tenantId', '==', caller.tenantId)
    .where('propertyId', '==', propertyId)
    .count()
    .get();
  const count = assigned.data().count;
  if (count > 0) {
    throw new HttpsError(
      'failed-precondition',
      count === 1
        ? 'Ce bien est proposé à un client : retirez-le de son espace avant de le supprimer.'
        : `Ce bien est proposé à ${count} clients : retirez-le de leurs espaces avant de le supprimer.`,
      { assignments: count },
    );
  }
  for (const collection of await ref.listCollections()) await deleteCollection(collection);
  await ref.delete();
  const files =
    (await deleteFiles(photosPrefix(caller.tenantId, propertyId))) +
    (await deleteFiles(propertyGeneratedPrefix(caller.tenantId, propertyId)));
  await writeAudit(caller.tenantId, {
    action: 'property.deleted',
    actorUid: caller.uid,
    targetId: propertyId,
    details: { files },
  });
  return { propertyId, deleted: true };
});
