import { logger } from 'firebase-functions/v2';
import {
  FieldValue,
  Timestamp,
  type DocumentData,
  type DocumentReference,
} from 'firebase-admin/firestore';
import { aggregatorErrorMessages, type ListingPortal } from '@portail/shared';
import { db } from '../../admin.js';
import { fanOutFrom } from './fanOut.js';
import { finishedFields, type QueueDeps } from './queueDeps.js';
import { claimDecision, RETRY_DELAY_MS, RUN_LEASE_MS } from './runLease.js';
import { recordRun, runPortalTask } from './runPortalTask.js';

type Claim =
  | { kind: 'run'; data: DocumentData; attempt: number }
  | { kind: 'abandon'; data: DocumentData }
  | { kind: 'skip' };

/**
 * Takes a queue document for one attempt, in a transaction: two deliveries of its event, or a
 * trigger and the sweeper, cannot both run it.
 */
async function claimRun(ref: DocumentReference, now: number): Promise<Claim> {
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const data = snapshot.data();
    if (data === undefined) return { kind: 'skip' };
    const decision = claimDecision(
      {
        state: data.state,
        leaseUntil: (data.leaseUntil as Timestamp | undefined)?.toMillis(),
        attempts: data.attempts,
      },
      now,
    );
    if (decision === 'run') {
      const attempt = ((data.attempts as number | undefined) ?? 0) + 1;
      tx.update(ref, {
        state: 'running',
        attempts: attempt,
        leaseUntil: Timestamp.fromMillis(now + RUN_LEASE_MS),
        claimedAt: FieldValue.serverTimestamp(),
      });
      return { kind: 'run', data, attempt };
    }
    if (decision === 'abandon') {
      tx.update(ref, finishedFields('failed', now, 'run-interrupted'));
      return { kind: 'abandon', data };
    }
    return { kind: 'skip' };
  });
}

export type RunOutcome = 'ran' | 'skipped' | 'abandoned' | 'crashed';

/**
 * Runs one queue document, from its trigger or from the sweeper: a portal task (its failures
 * land on the search's `lastRun`, the document is `done`) or a fan-out step. A crash puts the
 * document back in the queue for a later attempt; the last attempt's failure is written on the
 * search as `run-interrupted`.
 */
export async function processRun(
  ref: DocumentReference,
  deps: QueueDeps = {},
): Promise<RunOutcome> {
  const now = deps.now ?? Date.now;
  const claim = await claimRun(ref, now());
  if (claim.kind === 'skip') return 'skipped';
  const { data } = claim;
  if (claim.kind === 'abandon') {
    logger.error('aggregator run abandoned', { path: ref.path, attempts: data.attempts });
    if (data.kind !== 'fanout') {
      await recordRun(
        data.tenantId as string,
        data.searchId as string,
        data.portal as ListingPortal,
        {
          status: 'failed',
          found: 0,
          new: 0,
          errorCode: 'run-interrupted',
          errorMessage: aggregatorErrorMessages['run-interrupted'],
        },
      );
    }
    return 'abandoned';
  }
  try {
    if (data.kind === 'fanout') {
      // The fan-out marks its document finished itself, with its last page's tasks.
      await fanOutFrom(ref, (data.cursor as string | null | undefined) ?? null, data, deps);
    } else {
      await runPortalTask(
        data.tenantId as string,
        data.searchId as string,
        data.portal as ListingPortal,
        deps,
      );
      await ref.update(finishedFields('done', now()));
    }
    return 'ran';
  } catch (error) {
    logger.error('aggregator run crashed', { path: ref.path, attempt: claim.attempt, error });
    await ref
      .update({
        state: 'queued',
        leaseUntil: Timestamp.fromMillis(now() + RETRY_DELAY_MS * claim.attempt),
        lastError: error instanceof Error ? error.message : String(error),
      })
      .catch((release: unknown) => logger.error('run not released', { path: ref.path, release }));
    return 'crashed';
  }
}
