import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { removeMemberInput } from '@portail/shared';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { adminRoles, loadOtherMember, memberPath, type MemberRecord } from './members.js';
import { closeStaffAccess } from './staffUsers.js';

/**
 * T4 "Retirer": the member's access ends at once. The member document says `removed` (the rules
 * read it on every request), the claims are cleared, refresh tokens revoked and the account
 * disabled. The document stays, so the team page and the audit log still name who did what.
 */
export const removeMember = onCall(async (request) => {
  const caller = await requireStaff(request, adminRoles);
  const { uid } = parseInput(removeMemberInput, request.data);
  await loadOtherMember(caller, uid);
  const ref = db.doc(memberPath(caller.tenantId, uid));

  await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as MemberRecord | undefined;
    if (!current) throw new HttpsError('not-found', 'Membre introuvable.');
    if (current.status === 'removed') return;
    tx.update(ref, {
      status: 'removed',
      removedAt: FieldValue.serverTimestamp(),
      removedBy: caller.uid,
    });
    writeAudit(
      caller.tenantId,
      { action: 'member.removed', actorUid: caller.uid, targetId: uid },
      tx,
    );
  });
  await closeStaffAccess(await authFor(caller.tenantId), uid);
  return { uid, status: 'removed' as const };
});
