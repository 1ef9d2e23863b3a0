import { FieldValue, Timestamp, type Query } from 'firebase-admin/firestore';
import type { RunTaskDeps } from './runPortalTask.js';
import { FINISHED_KEPT_MS } from './runLease.js';

/** What the queues' handlers take from outside; tests replace each, production uses the defaults. */
export interface QueueDeps extends RunTaskDeps {
  /** The queues' top-level collection (`aggregatorQueues`); another one where no trigger listens. */
  root?: string;
  now?: () => number;
  /** The fan-out's searches before its cursor and page (every enabled search of every tenant). */
  searches?: () => Query;
  /** Searches a fan-out page reads. */
  pageSize?: number;
  /** Time a fan-out or a sweep gives itself before handing over (continuation) or stopping. */
  budgetMs?: number;
}

/** A queue document's last state; `expireAt` is for a TTL policy that deletes it later. */
export function finishedFields(state: 'done' | 'failed', now: number, errorCode?: string) {
  return {
    state,
    finishedAt: FieldValue.serverTimestamp(),
    expireAt: Timestamp.fromMillis(now + FINISHED_KEPT_MS),
    ...(errorCode !== undefined && { errorCode }),
  };
}
