import { HttpsError } from 'firebase-functions/v2/https';
import type { TenantAwareAuth, UserRecord } from 'firebase-admin/auth';

/**
 * Creates a staff member's Auth user in the agency's pool; an e-mail already known to that pool is
 * refused plainly (other agencies' pools are not concerned).
 */
export async function createStaffUser(
  auth: TenantAwareAuth,
  email: string,
  password: string,
  displayName: string,
): Promise<UserRecord> {
  try {
    return await auth.createUser({ email, password, displayName });
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/email-already-exists') {
      throw new HttpsError(
        'already-exists',
        'Un compte existe déjà avec cette adresse e-mail : connectez-vous ou utilisez une autre adresse.',
      );
    }
    throw error;
  }
}

const isMissing = (error: unknown) => (error as { code?: string }).code === 'auth/user-not-found';

/** Ends a staff member's sessions at once: no claims, refresh tokens revoked, sign-in disabled. */
export async function closeStaffAccess(auth: TenantAwareAuth, uid: string): Promise<void> {
  try {
    await auth.setCustomUserClaims(uid, null);
    await auth.revokeRefreshTokens(uid);
    await auth.updateUser(uid, { disabled: true });
  } catch (error) {
    // A user already deleted from Auth has no session left to close.
    if (!isMissing(error)) throw error;
  }
}

/**
 * A request that was never granted leaves no account behind: the address is free again in the
 * agency's pool (to ask again, or to be invited as a client). The member document stays as the
 * record of the decision.
 */
export async function deleteStaffUser(auth: TenantAwareAuth, uid: string): Promise<void> {
  try {
    await auth.deleteUser(uid);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
