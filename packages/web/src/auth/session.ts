import { useEffect, useState } from 'react';
import { onIdTokenChanged, signOut, type User } from 'firebase/auth';
import { claimsSchema, type PortalClaims } from '@portail/shared';
import { auth } from '../firebase/client.js';
import { clearAccessDenied, reportAccessDenied } from './accessDenied.js';
import { forgetSession, rememberSession, withdrawnSessionUid } from './endedSession.js';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | {
      status: 'signedIn';
      user: User;
      claims: PortalClaims | null;
      /** The staff uid previewing the client app (T6): the session is read-only. */
      impersonatedBy: string | null;
    };

/**
 * The signed-in user with the claims the backend gave them (null claims: no portal access). A
 * session that ended because the access was withdrawn is reported to the access-denied store, so
 * the shell explains it instead of showing a bare sign-in page.
 */
export function useSession(): Session {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  useEffect(
    () =>
      onIdTokenChanged(auth, async (user) => {
        if (!user) {
          const withdrawnUid = await withdrawnSessionUid();
          if (withdrawnUid) reportAccessDenied(withdrawnUid);
          setSession({ status: 'signedOut' });
          return;
        }
        const token = await user.getIdTokenResult();
        rememberSession(token.token);
        const claims = claimsSchema.safeParse(token.claims);
        const impersonatedBy = token.claims.impersonatedBy;
        setSession({
          status: 'signedIn',
          user,
          claims: claims.success ? claims.data : null,
          impersonatedBy:
            typeof impersonatedBy === 'string' && impersonatedBy ? impersonatedBy : null,
        });
      }),
    [],
  );
  return session;
}

export async function signOutEverywhere(): Promise<void> {
  forgetSession();
  clearAccessDenied();
  await signOut(auth);
}
