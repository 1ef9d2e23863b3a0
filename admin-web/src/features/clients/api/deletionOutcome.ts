import { useSyncExternalStore } from 'react';

/** What `deleteClient` answers: what went, and what the law keeps (L4). */
export interface DeletionOutcome {
  name: string;
  documents: number;
  files: number;
  mandatesKept: number;
  /** Milliseconds: the latest retention date of the kept mandate entries, or null. */
  keptUntil: number | null;
}

// The last deletion of this session: the client file it was made from is gone, so the clients
// list it leads back to tells the outcome (the audit log keeps it for good).
let last: DeletionOutcome | null = null;
const listeners = new Set<() => void>();

export function recordDeletionOutcome(outcome: DeletionOutcome | null) {
  last = outcome;
  for (const listener of listeners) listener();
}

export function useDeletionOutcome(): DeletionOutcome | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => last,
  );
}

/** The callable's answer, read defensively: fields it lacks count as none. */
export function outcomeOf(name: string, answer: unknown): DeletionOutcome {
  const value = (answer ?? {}) as Record<string, unknown>;
  const count = (key: string) => (typeof value[key] === 'number' ? (value[key] as number) : 0);
  return {
    name,
    documents: count('documents'),
    files: count('files'),
    mandatesKept: count('mandatesKept'),
    keptUntil: typeof value.keptUntil === 'number' ? value.keptUntil : null,
  };
}
