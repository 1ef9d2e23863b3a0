import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { readClaims, requestStaffAccessInput } from '@portail/shared';
import type { z } from 'zod';
import { db } from '../admin.js';
import { sendAddressNotice } from '../common/addressNotice.js';
import { authFor, authTenantIdOf } from '../common/authTenants.js';
import { limitCallable } from '../common/rateLimit.js';
import { parseInput } from '../common/validation.js';
import { findUserByEmail, loadTenantInfo } from '../clients/records.js';
import { memberPath } from './members.js';
import { createStaffUser, deleteStaffUser } from './staffUsers.js';

type StaffRequest = z.infer<typeof requestStaffAccessInput>;

const pending = { status: 'pending' as const };

/**
 * The address already has an account in the agency's pool (a member, a pending request, a
 * client's login): nothing is created, and the address — not the caller — learns of the request,
 * with the sign-in and "forgot password" pages of the app it uses.
 */
async function noticeExistingAccount(input: StaffRequest, user: UserRecord): Promise<void> {
  const tenant = await loadTenantInfo(input.tenantId);
  const isClient = readClaims(user.customClaims ?? {})?.role === 'client';
  const appUrl = isClient ? tenant?.clientAppUrl : tenant?.adminAppUrl;
  if (!tenant || !appUrl || !URL.canParse(appUrl)) return;
  await sendAddressNotice({
    kind: 'staffRequestForExistingAccount',
    tenantId: input.tenantId,
    to: input.email,
    agency: tenant.name,
    appUrl,
  });
}

const alreadyExists = (error: unknown) =>
  error instanceof HttpsError && error.code === 'already-exists';

/**
 * T4, `/firstlogin` on the admin app (public): a collaborator creates their account — in this
 * agency's own user pool, so the address is taken nowhere else — and waits, `pending` and without
 * claims (so without any access), until an admin approves or rejects them. A pending request does
 * not stop the agency from inviting that address as a client: the invitation withdraws it (see
 * `clients/records.ts`, `checkLoginEmail`).
 *
 * The answer is `{ status: 'pending' }` whether or not the address already has an account here:
 * the form must not tell who works for or buys through the agency. For a known address nothing is
 * created and the address gets an e-mail instead. What still differs is the time taken (creating
 * an account is slower than queueing an e-mail). Calls are limited per caller address and per
 * e-mail address (`staffRequest`).
 */
export const requestStaffAccess = onCall(async (request) => {
  const input = parseInput(requestStaffAccessInput, request.data);
  await limitCallable('staffRequest', request, input.email);
  const tenant = await db.doc(`tenants/${input.tenantId}`).get();
  if (!tenant.exists) throw new HttpsError('not-found', 'Agence introuvable.');

  const authTenantId = await authTenantIdOf(input.tenantId);
  const auth = await authFor(input.tenantId);
  const existing = await findUserByEmail(input.tenantId, input.email);
  if (existing) {
    await noticeExistingAccount(input, existing);
    return pending;
  }
  let user: UserRecord;
  try {
    user = await createStaffUser(auth, input.email, input.password, input.displayName);
  } catch (error) {
    if (!alreadyExists(error)) throw error;
    // Taken meanwhile by a concurrent call: the same answer as above.
    const winner = await findUserByEmail(input.tenantId, input.email);
    if (winner) await noticeExistingAccount(input, winner);
    return pending;
  }
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
  return pending;
});
