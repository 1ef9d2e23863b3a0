import { onCall } from 'firebase-functions/v2/https';
import { deletePointOfInterestInput } from '@portail/shared';
import { db } from '../admin.js';
import { parseInput } from '../common/validation.js';
import { poisPath, requireSpaceWriter } from './access.js';

/** H9: removes a point; its travel times go with it (the trigger). Deleting twice is no error. */
export const deletePointOfInterest = onCall(async (request): Promise<{ deleted: true }> => {
  const input = parseInput(deletePointOfInterestInput, request.data);
  const writer = await requireSpaceWriter(request, input.clientId);
  await db.doc(`${poisPath(writer.tenantId, writer.clientId)}/${input.poiId}`).delete();
  return { deleted: true };
});
