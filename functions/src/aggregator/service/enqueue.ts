import { FieldPath, FieldValue, type WriteBatch } from 'firebase-admin/firestore';
import { isAggregatorError, type ListingPortal, type RunSearchResult } from '@portail/shared';
import { db } from '../../admin.js';
import { runQueueCollection, searchPath } from './paths.js';
import { sourceFor } from './sources.js';

export interface QueuedRun {
  tenantId: string;
  searchId: string;
  portal: ListingPortal;
  trigger: 'schedule' | 'manual';
  requestedBy: string | null;
}

/** Adds one task to its portal's queue and marks the portal `queued` on the search. */
export function queueRun(batch: WriteBatch, run: QueuedRun): void {
  batch.create(db.collection(runQueueCollection(run.portal)).doc(), {
    ...run,
    requestedAt: FieldValue.serverTimestamp(),
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
