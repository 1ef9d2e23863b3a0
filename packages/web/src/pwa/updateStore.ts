import { useSyncExternalStore } from 'react';

/**
 * Whether a new version of the app is installed and waiting, and how to switch to it: set by the
 * service worker's registration (loaded after first paint), read by the update prompt.
 */
type ApplyUpdate = () => void;

let applyUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(apply: ApplyUpdate | null): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWaitingUpdate(): ApplyUpdate | null {
  return useSyncExternalStore(subscribe, () => applyUpdate);
}
