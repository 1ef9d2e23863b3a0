import { useEffect, useState } from 'react';
import { onIdTokenChanged, signOut, type User } from 'firebase/auth';
import { claimsSchema, type PortalClaims } from '@portail/shared';
import { auth } from '../firebase/client.js';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: User; claims: PortalClaims | null };

/** The signed-in user with the claims the backend gave them (null claims: no portal access). */
export function useSession(): Session {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  useEffect(
    () =>
      onIdTokenChanged(auth, async (user) => {
        if (!user) {
          setSession({ status: 'signedOut' });
          return;
        }
        const token = await user.getIdTokenResult();
        const claims = claimsSchema.safeParse(token.claims);
        setSession({ status: 'signedIn', user, claims: claims.success ? claims.data : null });
      }),
    [],
  );
  return session;
}

export function signOutEverywhere(): Promise<void> {
  return signOut(auth);
}
