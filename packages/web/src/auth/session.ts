import { useSyncExternalStore } from 'react';
import type { AuthState } from './authSession.js';
import { loadAuth, mayHaveSession } from './authLoader.js';

export type Session = { status: 'loading' } | AuthState;
export type SignedInSession = Extract<AuthState, { status: 'signedIn' }>;

/**
 * This tab's session, for the whole app. Until the Auth SDK has loaded, a browser that never
 * signed in here is `signedOut` at once (the sign-in page shows without waiting for the SDK);
 * one that may hold a session is `loading`.
 */
let session: Session = { status: 'loading' };
const listeners = new Set<() => void>();
let started: string | null = null;

function set(next: Session) {
  session = next;
  for (const listener of listeners) listener();
}

/** Starts following the session of the agency's pool (once per page). */
export function startSession(authTenantId: string): void {
  if (started === authTenantId) return;
  started = authTenantId;
  let settled = false;
  void mayHaveSession().then((maybe) => {
    if (!maybe && !settled) set({ status: 'signedOut' });
  });
  void loadAuth().then((module) => {
    module.chooseAgencyPool(authTenantId);
    module.watchAuth((state) => {
      settled = true;
      set(state);
    });
  });
}

export function useSession(): Session {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => session,
  );
}

export async function signOutEverywhere(): Promise<void> {
  await (await loadAuth()).signOutEverywhere();
}
