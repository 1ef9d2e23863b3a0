import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { decideStaffRequestInput } from '@portail/shared';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadAgency } from '../notifications/agency.js';
import { adminRoles, loadOtherMember, memberPath, type MemberRecord } from './members.js';
import { prepareDecisionEmail } from './staffDecisionEmail.js';
import { deleteStaffUser } from './staffUsers.js';

/**
 * T4: an admin approves a pending request (with a role: the claims are set, the member becomes
 * active) or rejects it (the account is deleted from the agency's pool, so the address is free
 * again; the member document keeps the decision). A request already decided is refused. The
 * requester is told by e-mail (`staffAccessDecided`), queued with the decision.
 */
export const decideStaffRequest = onCall(async (request) => {
  const caller = await requireStaff(request, adminRoles);
  const { uid, approve, role } = parseInput(decideStaffRequestInput, request.data);
  const member = await loadOtherMember(caller, uid);
  const ref = db.doc(memberPath(caller.tenantId, uid));
  const agency = await loadAgency(caller.tenantId);
  if (!agency)
    throw new HttpsError('not-found', 'Agence introuvable.', { code: 'tenant/not-found' });
  const email = await prepareDecisionEmail(agency, {
    uid,
    email: member.email,
    displayName: member.displayName,
    language: (member as MemberRecord & { language?: unknown }).language,
    granted: approve,
  });

  const status = approve ? 'active' : 'rejected';
  await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as MemberRecord | undefined;
    if (current?.status !== 'pending') {
      throw new HttpsError('failed-precondition', 'Cette demande a déjà été traitée.', {
        code: 'staff-request/already-decided',
      });
    }
    tx.update(ref, {
      status,
      role: approve ? role : current.role,
      decidedAt: FieldValue.serverTimestamp(),
      decidedBy: caller.uid,
    });
    writeAudit(
      caller.tenantId,
      {
        action: approve ? 'member.approved' : 'member.rejected',
        actorUid: caller.uid,
        targetId: uid,
        details: approve ? { role } : {},
      },
      tx,
    );
    await email.queue(tx);
  });
  const auth = await authFor(caller.tenantId);
  if (approve) await auth.setCustomUserClaims(uid, { tenantId: caller.tenantId, role });
  else await deleteStaffUser(auth, uid);
  return { uid, status };
});
