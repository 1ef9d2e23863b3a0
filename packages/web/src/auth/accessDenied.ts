/**
 * Remembers that Firestore refused a read to the signed-in user: their access was revoked or
 * removed since their token was minted. The shell then shows the "access disabled" page instead
 * of a half-empty screen. Kept per uid, so signing in as somebody else starts afresh.
 */
let deniedUid: string | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** True for a Firestore read or write refused by the security rules (not a callable's error). */
export function isPermissionDenied(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'permission-denied';
}

export function reportAccessDenied(uid: string | null | undefined): void {
  if (!uid || deniedUid === uid) return;
  deniedUid = uid;
  emit();
}

export function clearAccessDenied(): void {
  if (deniedUid === null) return;
  deniedUid = null;
  emit();
}

export function subscribeAccessDenied(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function accessDeniedUid(): string | null {
  return deniedUid;
}
