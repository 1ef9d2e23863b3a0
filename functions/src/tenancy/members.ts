import { HttpsError } from 'firebase-functions/v2/https';
import type { MemberStatus, StaffRole } from '@portail/shared';
import { db } from '../admin.js';
import type { StaffCaller } from '../common/guards.js';

export interface MemberRecord {
  email: string;
  displayName: string;
  role: StaffRole;
  status: MemberStatus;
}

export const adminRoles = ['owner', 'admin'] as const satisfies readonly StaffRole[];

export const memberPath = (tenantId: string, uid: string) => `tenants/${tenantId}/members/${uid}`;

/**
 * A member another admin may act on: in the caller's tenant, not the caller, not the owner (the
 * owner's account can only be handed over by support).
 */
export async function loadOtherMember(caller: StaffCaller, uid: string): Promise<MemberRecord> {
  if (uid === caller.uid) {
    throw new HttpsError('failed-precondition', 'Vous ne pouvez pas modifier votre propre accès.');
  }
  const snapshot = await db.doc(memberPath(caller.tenantId, uid)).get();
  if (!snapshot.exists) throw new HttpsError('not-found', 'Membre introuvable.');
  const member = snapshot.data() as MemberRecord;
  if (member.role === 'owner') {
    throw new HttpsError('failed-precondition', 'Le compte du gérant ne peut pas être modifié.');
  }
  return member;
}
