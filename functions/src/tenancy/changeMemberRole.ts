import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { changeMemberRoleInput } from '@portail/shared';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { adminRoles, loadOtherMember, memberPath, type MemberRecord } from './members.js';

/**
 * T4: an admin makes an active member admin or collaborator. The rules and guards read the role
 * from the member document, so it applies on the next request; the claims follow for the apps.
 */
export const changeMemberRole = onCall(async (request) => {
  const caller = await requireStaff(request, adminRoles);
  const { uid, role } = parseInput(changeMemberRoleInput, request.data);
  await loadOtherMember(caller, uid);
  const ref = db.doc(memberPath(caller.tenantId, uid));

  await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as MemberRecord | undefined;
    if (current?.status !== 'active') {
      throw new HttpsError('failed-precondition', 'Seul un membre actif peut changer de rôle.');
    }
    if (current.role === role) return;
    tx.update(ref, { role, updatedAt: FieldValue.serverTimestamp() });
    writeAudit(
      caller.tenantId,
      {
        action: 'member.roleChanged',
        actorUid: caller.uid,
        targetId: uid,
        details: { from: current.role, to: role },
      },
      tx,
    );
  });
  await (
    await authFor(caller.tenantId)
  ).setCustomUserClaims(uid, { tenantId: caller.tenantId, role });
  return { uid, role };
});
