import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { requestStaffAccessInput } from '@portail/shared';
import { auth, db } from '../admin.js';
import { parseInput } from '../common/validation.js';
import { memberPath } from './members.js';
import { createStaffUser } from './staffUsers.js';

/**
 * T4, `/firstlogin` on the admin app (public): a collaborator creates their account and waits,
 * `pending` and without claims (so without any access), until an admin approves or rejects them.
 */
export const requestStaffAccess = onCall(async (request) => {
  const input = parseInput(requestStaffAccessInput, request.data);
  const tenant = await db.doc(`tenants/${input.tenantId}`).get();
  if (!tenant.exists) throw new HttpsError('not-found', 'Agence introuvable.');

  const user = await createStaffUser(input.email, input.password, input.displayName);
  try {
    await db.doc(memberPath(input.tenantId, user.uid)).create({
      email: input.email,
      displayName: input.displayName,
      role: 'collaborator',
      status: 'pending',
      createdAt: FieldValue.serverTimestamp(),
    });
  } catch (error) {
    await auth.deleteUser(user.uid).catch(() => undefined);
    throw error;
  }
  return { status: 'pending' as const };
});
