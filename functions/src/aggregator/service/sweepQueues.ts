import { logger } from 'firebase-functions/v2';
import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../../admin.js';
import { runQueueCollection, runQueues, type RunQueue } from './paths.js';
import type { QueueDeps } from './queueDeps.js';
import { processRun, type RunOutcome } from './runQueue.js';

/** A sweep stops taking documents after this long, so the one it runs ends within 540 s. */
export const SWEEP_BUDGET_MS = 240_000;

export type SweepCounts = Record<RunOutcome, number>;

/**
 * One queue: its due documents (queued past their trigger's grace, or running past their lease)
 * one after the other, oldest first. A portal whose trigger holds a live lease is left to it, so
 * the sweeper never reads a portal beside its queue's instance (the portal's delay holds).
 */
async function sweepQueue(queue: RunQueue, deps: QueueDeps): Promise<SweepCounts> {
  const now = deps.now ?? Date.now;
  const started = now();
  const budgetMs = deps.budgetMs ?? SWEEP_BUDGET_MS;
  const runs = db.collection(runQueueCollection(queue, deps.root));
  const counts: SweepCounts = { ran: 0, skipped: 0, abandoned: 0, crashed: 0 };
  while (now() - started <= budgetMs) {
    const at = Timestamp.fromMillis(now());
    if (queue !== 'fanout') {
      const busy = await runs
        .where('state', '==', 'running')
        .where('leaseUntil', '>', at)
        .limit(1)
        .get();
      if (!busy.empty) break;
    }
    const due = await runs
      .where('state', 'in', ['queued', 'running'])
      .where('leaseUntil', '<=', at)
      .orderBy('leaseUntil')
      .limit(1)
      .get();
    const next = due.docs[0];
    if (next === undefined) break;
    const outcome = await processRun(next.ref, deps);
    counts[outcome]++;
    // Someone claimed it between the query and the claim: they run this queue now.
    if (outcome === 'skipped') break;
  }
  return counts;
}

/** Run recovery: every queue swept side by side (one reader per portal), counts per outcome. */
export async function sweepQueues(deps: QueueDeps = {}): Promise<SweepCounts> {
  const perQueue = await Promise.all(runQueues.map((queue) => sweepQueue(queue, deps)));
  const total: SweepCounts = { ran: 0, skipped: 0, abandoned: 0, crashed: 0 };
  for (const counts of perQueue) {
    for (const outcome of Object.keys(total) as RunOutcome[]) total[outcome] += counts[outcome];
  }
  if (total.ran + total.abandoned + total.crashed > 0) {
    logger.warn('aggregator queues swept', total);
  }
  return total;
}
