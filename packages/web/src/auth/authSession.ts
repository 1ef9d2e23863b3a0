import {
  browserSessionPersistence,
  onIdTokenChanged,
  setPersistence,
  signInWithCustomToken,
  signInWithEmailAndPassword,
  signOut,
  type User,
} from 'firebase/auth';
import { readClaims, type PortalClaims } from '@portail/shared';
import { auth } from '../firebase/auth.js';
import { clearAccessDenied, reportAccessDenied } from './accessDenied.js';
import { forgetSession, rememberSession, withdrawnSessionUid } from './endedSession.js';

/** What the Auth SDK says of this tab: loaded lazily, see authLoader.ts. */
export type AuthState =
  | { status: 'signedOut' }
  | {
      status: 'signedIn';
      user: User;
      claims: PortalClaims | null;
      /** The Auth tenant (agency pool) the user belongs to. */
      authTenantId: string | null;
      /** The staff uid previewing the client app (T6): the session is read-only. */
      impersonatedBy: string | null;
    };

export { auth };

/** Every sign-in of this tab goes to the agency's own pool. */
export function chooseAgencyPool(authTenantId: string): void {
  auth.tenantId = authTenantId;
}

/**
 * Follows the signed-in user with the claims the backend gave them. A session that ended because
 * the access was withdrawn is reported to the access-denied store, so the shell explains it
 * instead of showing a bare sign-in page.
 */
export function watchAuth(listener: (state: AuthState) => void): () => void {
  return onIdTokenChanged(auth, async (user) => {
    if (!user) {
      const withdrawnUid = await withdrawnSessionUid();
      if (withdrawnUid) reportAccessDenied(withdrawnUid);
      listener({ status: 'signedOut' });
      return;
    }
    const token = await user.getIdTokenResult();
    rememberSession(token.token);
    const claims = readClaims(token.claims);
    const impersonatedBy = token.claims.impersonatedBy;
    listener({
      status: 'signedIn',
      user,
      claims: claims ? claims : null,
      authTenantId: user.tenantId,
      impersonatedBy: typeof impersonatedBy === 'string' && impersonatedBy ? impersonatedBy : null,
    });
  });
}

export async function signInWithPassword(email: string, password: string): Promise<void> {
  await signInWithEmailAndPassword(auth, email, password);
  clearAccessDenied();
}

/**
 * Signs in with a custom token of the backend (sign-in link, preview). A preview lives in this tab
 * only: closing it ends the preview.
 */
export async function signInWithToken(token: string, { tabOnly = false } = {}): Promise<void> {
  if (tabOnly) await setPersistence(auth, browserSessionPersistence);
  await signInWithCustomToken(auth, token);
  clearAccessDenied();
}

export async function signOutEverywhere(): Promise<void> {
  forgetSession();
  clearAccessDenied();
  await signOut(auth);
}
