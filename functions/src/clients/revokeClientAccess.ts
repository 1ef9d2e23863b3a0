import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { clientRefInput } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { setLoginsDisabled } from './loginUsers.js';
import { clientNotFound, clientPath, loadClientForStaff, type ClientRecord } from './records.js';

function revokeRefusal(client: ClientRecord): HttpsError | null {
  if (client.status === 'added') {
    return new HttpsError('failed-precondition', 'Ce client n’a pas encore été invité.');
  }
  if (client.status === 'deleting') {
    return new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
  }
  return null;
}

/**
 * T5 "Révoquer l'accès": the space is closed at once (status `revoked`, which the rules read on
 * every request), every login's Auth user is disabled and signed out; all data is kept. Calling it
 * again on a revoked client finishes a run that stopped half-way. Who revoked, and with which role
 * (`revokedBy`, `revokedByRole`), decides who may restore (see restoreClientAccess).
 */
export const revokeClientAccess = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { clientId } = parseInput(clientRefInput, request.data);
  const client = await loadClientForStaff(caller, clientId);
  const refusal = revokeRefusal(client);
  if (refusal) throw refusal;

  const ref = db.doc(clientPath(caller.tenantId, clientId));
  const loginUids = await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as ClientRecord | undefined;
    if (!current) throw clientNotFound();
    const again = revokeRefusal(current);
    if (again) throw again;
    if (current.status !== 'revoked') {
      tx.update(ref, {
        status: 'revoked',
        revokedAt: FieldValue.serverTimestamp(),
        revokedBy: caller.uid,
        revokedByRole: caller.role,
        updatedAt: FieldValue.serverTimestamp(),
      });
      writeAudit(
        caller.tenantId,
        { action: 'client.revoked', actorUid: caller.uid, targetId: clientId },
        tx,
      );
    }
    return current.loginUids ?? [];
  });
  await setLoginsDisabled(caller.tenantId, loginUids, true);
  return { clientId, status: 'revoked' as const };
});
