import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { clientDeletionRequestInput, clientRefInput } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { clientPath, loadClientForStaff } from './records.js';
import { adminRoles } from '../tenancy/members.js';

/**
 * A collaborator may not delete a client (H1): "Demander la suppression" flags the client for the
 * admins, who see the requests in the client list and delete, or decline.
 */
export const requestClientDeletion = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { clientId, reason } = parseInput(clientDeletionRequestInput, request.data);
  const client = await loadClientForStaff(caller, clientId);
  if (client.status === 'deleting') {
    throw new HttpsError('failed-precondition', 'Ce client est déjà en cours de suppression.');
  }
  const member = await db.doc(`tenants/${caller.tenantId}/members/${caller.uid}`).get();
  await db.doc(clientPath(caller.tenantId, clientId)).update({
    deletionRequested: true,
    deletionRequest: {
      by: caller.uid,
      byName: String(member.get('displayName') ?? ''),
      reason,
      at: FieldValue.serverTimestamp(),
    },
  });
  await writeAudit(caller.tenantId, {
    action: 'client.deletionRequested',
    actorUid: caller.uid,
    targetId: clientId,
    details: { reason },
  });
  return { clientId, requested: true };
});

/** An admin declines a deletion request: the flag goes, the audit log keeps both. */
export const declineClientDeletion = onCall(async (request) => {
  const caller = await requireStaff(request, adminRoles);
  const { clientId } = parseInput(clientRefInput, request.data);
  await loadClientForStaff(caller, clientId);
  await db.doc(clientPath(caller.tenantId, clientId)).update({
    deletionRequested: FieldValue.delete(),
    deletionRequest: FieldValue.delete(),
  });
  await writeAudit(caller.tenantId, {
    action: 'client.deletionDeclined',
    actorUid: caller.uid,
    targetId: clientId,
  });
  return { clientId, requested: false };
});
