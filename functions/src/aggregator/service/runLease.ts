/**
 * The life of a queue document (run recovery): `queued` → `running` (claimed, with a lease) →
 * `done`, or back to `queued` after a crash, or `failed` after MAX_RUN_ATTEMPTS claims. Event
 * triggers may be dropped or delivered twice and a run may die with its instance: a document
 * whose `leaseUntil` has passed belongs to nobody and the sweeper takes it.
 */
export const runStates = ['queued', 'running', 'done', 'failed'] as const;
export type RunState = (typeof runStates)[number];

/** A queued task's trigger has this long to claim it before the sweeper does. */
export const QUEUED_GRACE_MS = 10 * 60_000;
/** Longer than a task's 540 s time limit: a live run never loses its lease. */
export const RUN_LEASE_MS = 12 * 60_000;
/** After a crash, wait this long per attempt made before the next one. */
export const RETRY_DELAY_MS = 60_000;
export const MAX_RUN_ATTEMPTS = 3;
/** How long a finished document stays (for a TTL policy on `expireAt`) before it is deleted. */
export const FINISHED_KEPT_MS = 7 * 24 * 3_600_000;

export interface RunLease {
  /** Absent on documents queued before run recovery existed: they count as `queued`. */
  state?: RunState;
  /** Epoch milliseconds; absent counts as due. */
  leaseUntil?: number;
  attempts?: number;
}

/**
 * What a claim does with a document at `now`: `run` it (one more attempt), leave it to the run
 * that `held` it, ignore it as `finished`, or `abandon` it (attempts exhausted).
 */
export type ClaimDecision = 'run' | 'held' | 'finished' | 'abandon';

export function claimDecision(lease: RunLease, now: number): ClaimDecision {
  const state = lease.state ?? 'queued';
  if (state === 'done' || state === 'failed') return 'finished';
  if (state === 'running' && (lease.leaseUntil ?? 0) > now) return 'held';
  if ((lease.attempts ?? 0) >= MAX_RUN_ATTEMPTS) return 'abandon';
  return 'run';
}
