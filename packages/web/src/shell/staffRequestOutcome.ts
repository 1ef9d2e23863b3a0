/**
 * Remembers, for this tab, that the pending request of a signed-in collaborator was rejected:
 * the backend deletes the account, which signs them out, and the shell must then explain why
 * rather than show a bare sign-in page.
 */
let rejectedUid: string | null = null;
const listeners = new Set<() => void>();

export function reportRequestRejected(uid: string): void {
  rejectedUid = uid;
  for (const listener of listeners) listener();
}

export function clearRequestRejected(): void {
  if (rejectedUid === null) return;
  rejectedUid = null;
  for (const listener of listeners) listener();
}

export function subscribeRequestRejected(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestRejectedUid(): string | null {
  return rejectedUid;
}
