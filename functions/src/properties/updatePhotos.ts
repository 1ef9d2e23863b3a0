import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { updatePhotosInput, type PropertyPhoto } from '@portail/shared';
import { db } from '../admin.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { photoFilePaths, removeFiles } from './photoFiles.js';
import { propertyPath } from './records.js';

/**
 * Reorders a property's photos (the first is the cover) and deletes those named in `remove`.
 * Photos the order does not name stay, after the others; the deleted photos' files go after the
 * document no longer names them, so a client never gets a photo that is not there.
 */
export const updatePhotos = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { propertyId, order, remove } = parseInput(updatePhotosInput, request.data);
  const ref = db.doc(propertyPath(caller.tenantId, propertyId));
  const removed = await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (!current.exists) throw new HttpsError('not-found', 'Bien introuvable.');
    const photos = (current.get('photos') as PropertyPhoto[] | undefined) ?? [];
    const byId = new Map(photos.map((photo) => [photo.id, photo]));
    const named = [...order, ...remove];
    if (new Set(named).size !== named.length || named.some((id) => !byId.has(id))) {
      throw new HttpsError(
        'failed-precondition',
        'Les photos ont changé entre-temps : rechargez la page.',
      );
    }
    const others = photos.filter((photo) => !named.includes(photo.id));
    tx.update(ref, {
      photos: [...order.map((id) => byId.get(id)!), ...others],
      updatedAt: FieldValue.serverTimestamp(),
    });
    return remove;
  });
  await removeFiles(removed.flatMap((id) => photoFilePaths(caller.tenantId, propertyId, id)));
  return { propertyId, photos: order.length, removed: removed.length };
});
