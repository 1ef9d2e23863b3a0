import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { clientRefInput, type ClientStatus } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff, type StaffCaller } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { setLoginsDisabled } from './loginUsers.js';
import {
  anyPasswordSet,
  clientNotFound,
  clientPath,
  loadClientForStaff,
  type ClientRecord,
} from './records.js';

type RevokedClient = ClientRecord & { revokedByRole?: unknown };

/**
 * A revocation by an owner or an admin is theirs to undo: a collaborator may restore only what a
 * collaborator revoked. A revocation that does not say who made it (before this was recorded)
 * counts as an admin's.
 */
function mayRestore(caller: StaffCaller, client: RevokedClient): boolean {
  if (caller.role === 'owner' || caller.role === 'admin') return true;
  return client.revokedByRole === 'collaborator';
}

function restoreRefusal(client: RevokedClient, caller: StaffCaller): HttpsError | null {
  if (client.status === 'revoked' && !mayRestore(caller, client)) {
    return new HttpsError(
      'permission-denied',
      'Un administrateur a retiré cet accès : seul un administrateur peut le rétablir.',
      { code: 'restore/admin-only' },
    );
  }
  if (client.status === 'revoked' || client.status === 'active' || client.status === 'invited') {
    return null;
  }
  if (client.status === 'deleting') {
    return new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
  }
  return new HttpsError('failed-precondition', 'L’accès de ce client n’a pas été retiré.');
}

/**
 * Gives a revoked client their access back: `active`, or `invited` if nobody of the space ever
 * chose a password; their Auth users are enabled again. Calling it again is harmless. A client an
 * owner or admin revoked is restored by an owner or admin only; a collaborator's revocation by any
 * staff member who sees the client (docs/data-model.md, "Revocation").
 */
export const restoreClientAccess = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { clientId } = parseInput(clientRefInput, request.data);
  const client = await loadClientForStaff(caller, clientId);
  const refusal = restoreRefusal(client, caller);
  if (refusal) throw refusal;

  const ref = db.doc(clientPath(caller.tenantId, clientId));
  const { loginUids, status } = await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as ClientRecord | undefined;
    if (!current) throw clientNotFound();
    const again = restoreRefusal(current, caller);
    if (again) throw again;
    let next: ClientStatus = current.status;
    if (current.status === 'revoked') {
      next = anyPasswordSet(current) ? 'active' : 'invited';
      tx.update(ref, {
        status: next,
        revokedAt: FieldValue.delete(),
        revokedBy: FieldValue.delete(),
        revokedByRole: FieldValue.delete(),
        updatedAt: FieldValue.serverTimestamp(),
      });
      writeAudit(
        caller.tenantId,
        {
          action: 'client.restored',
          actorUid: caller.uid,
          targetId: clientId,
          details: { status: next },
        },
        tx,
      );
    }
    return { loginUids: current.loginUids ?? [], status: next };
  });
  await setLoginsDisabled(caller.tenantId, loginUids, false);
  return { clientId, status };
});
