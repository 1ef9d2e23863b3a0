import { HttpsError } from 'firebase-functions/v2/https';
import type { UserRecord } from 'firebase-admin/auth';
import { auth } from '../admin.js';

/** Creates a staff member's Auth user; an e-mail already known to Auth is refused plainly. */
export async function createStaffUser(
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

/** Ends a staff member's sessions at once: no claims, refresh tokens revoked, sign-in disabled. */
export async function closeStaffAccess(uid: string): Promise<void> {
  try {
    await auth.setCustomUserClaims(uid, null);
    await auth.revokeRefreshTokens(uid);
    await auth.updateUser(uid, { disabled: true });
  } catch (error) {
    // A user already deleted from Auth has no session left to close.
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
  }
}
