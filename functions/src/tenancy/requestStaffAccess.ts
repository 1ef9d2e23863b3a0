import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { requestStaffAccessInput } from '@portail/shared';
import { db } from '../admin.js';
import { authFor, authTenantIdOf } from '../common/authTenants.js';
import { parseInput } from '../common/validation.js';
import { memberPath } from './members.js';
import { createStaffUser, deleteStaffUser } from './staffUsers.js';

/**
 * T4, `/firstlogin` on the admin app (public): a collaborator creates their account — in this
 * agency's own user pool, so the address is taken nowhere else — and waits, `pending` and without
 * claims (so without any access), until an admin approves or rejects them. A pending request does
 * not stop the agency from inviting that address as a client: the invitation withdraws it (see
 * `clients/records.ts`, `checkLoginEmail`).
 */
export const requestStaffAccess = onCall(async (request) => {
  const input = parseInput(requestStaffAccessInput, request.data);
  const tenant = await db.doc(`tenants/${input.tenantId}`).get();
  if (!tenant.exists) throw new HttpsError('not-found', 'Agence introuvable.');

  const authTenantId = await authTenantIdOf(input.tenantId);
  const auth = await authFor(input.tenantId);
  const user = await createStaffUser(auth, input.email, input.password, input.displayName);
  try {
    await db.doc(memberPath(input.tenantId, user.uid)).create({
      email: input.email,
      displayName: input.displayName,
      role: 'collaborator',
      status: 'pending',
      authTenantId,
      createdAt: FieldValue.serverTimestamp(),
    });
  } catch (error) {
    await deleteStaffUser(auth, user.uid);
    throw error;
  }
  return { status: 'pending' as const };
});
