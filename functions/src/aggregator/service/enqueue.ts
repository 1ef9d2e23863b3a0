import { FieldPath, FieldValue, Timestamp, type WriteBatch } from 'firebase-admin/firestore';
import { isAggregatorError, type ListingPortal, type RunSearchResult } from '@portail/shared';
import { db } from '../../admin.js';
import { QUEUES_ROOT, runQueueCollection, searchPath } from './paths.js';
import { QUEUED_GRACE_MS } from './runLease.js';
import { sourceFor } from './sources.js';

export interface QueuedRun {
  tenantId: string;
  searchId: string;
  portal: ListingPortal;
  trigger: 'schedule' | 'manual';
  requestedBy: string | null;
}

/**
 * A new queue document's recovery fields: its trigger has QUEUED_GRACE_MS to claim it, after
 * which the sweeper takes it (a dropped event).
 */
export function queuedLease(now: number) {
  return {
    state: 'queued' as const,
    leaseUntil: Timestamp.fromMillis(now + QUEUED_GRACE_MS),
    attempts: 0,
    requestedAt: FieldValue.serverTimestamp(),
  };
}

/** Adds one task to its portal's queue and marks the portal `queued` on the search. */
export function queueRun(
  batch: WriteBatch,
  run: QueuedRun,
  { root = QUEUES_ROOT, now = Date.now() }: { root?: string; now?: number } = {},
): void {
  batch.create(db.collection(runQueueCollection(run.portal, root)).doc(), {
    ...run,
    ...queuedLease(now),
  });
  batch.update(
    db.doc(searchPath(run.tenantId, run.searchId)),
    new FieldPath('lastRun', run.portal, 'status'),
    'queued',
  );
}

/**
 * The portals of a search this tenant may read now, and why the others are left out. The opt-in
 * is read once for the tenant (`optedIn`) when the caller already knows it.
 */
export async function runnablePortals(
  tenantId: string,
  portals: readonly ListingPortal[],
  optedIn?: boolean,
): Promise<RunSearchResult> {
  const result: RunSearchResult = { queued: [], skipped: [] };
  for (const portal of portals) {
    try {
      await sourceFor(tenantId, portal, optedIn);
      result.queued.push(portal);
    } catch (error) {
      if (!isAggregatorError(error)) throw error;
      result.skipped.push({ portal, code: error.code, message: error.message });
    }
  }
  return result;
}
