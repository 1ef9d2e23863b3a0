import { logger } from 'firebase-functions/v2';
import {
  FieldPath,
  Timestamp,
  type DocumentData,
  type DocumentReference,
} from 'firebase-admin/firestore';
import type { ListingPortal } from '@portail/shared';
import { db } from '../../admin.js';
import { queuedLease, queueRun, runnablePortals } from './enqueue.js';
import { QUEUES_ROOT, runQueueCollection } from './paths.js';
import { finishedFields, type QueueDeps } from './queueDeps.js';
import { RUN_LEASE_MS } from './runLease.js';
import { scrapingEnabled } from './sources.js';

// Each search queues at most 4 tasks of 2 writes: 50 searches and the cursor fit in one batch.
export const FANOUT_PAGE = 50;
/** Well under the 540 s limit: the page in progress and the hand-over still fit after it. */
export const FANOUT_BUDGET_MS = 300_000;

const enabledSearches = () => db.collectionGroup('searches').where('enabled', '==', true);

export interface FanOutStep {
  searches: number;
  tasks: number;
  /** A continuation was queued: the budget ran out before the last page. */
  continued: boolean;
}

/**
 * A2: from `cursor` (the path of the last search handled), one task per (tenant, search,
 * portal) for every enabled search, a page at a time. Each page's tasks and the new cursor are
 * one batch, so a fan-out that dies resumes where it stopped and queues nothing twice. Close to
 * its budget it hands over: this document is finished and a continuation document (same queue)
 * carries the cursor, in the same batch. Tenants that did not opt in queue no scraping portal.
 */
export async function fanOutFrom(
  ref: DocumentReference,
  cursor: string | null,
  task: DocumentData,
  deps: QueueDeps = {},
): Promise<FanOutStep> {
  const now = deps.now ?? Date.now;
  const started = now();
  const pageSize = deps.pageSize ?? FANOUT_PAGE;
  const budgetMs = deps.budgetMs ?? FANOUT_BUDGET_MS;
  const root = deps.root ?? QUEUES_ROOT;
  const optIn = new Map<string, boolean>();
  const step: FanOutStep = { searches: 0, tasks: 0, continued: false };
  let after = cursor;
  for (;;) {
    let query = (deps.searches ?? enabledSearches)()
      .orderBy(FieldPath.documentId())
      .limit(pageSize);
    if (after !== null) query = query.startAfter(db.doc(after));
    const page = await query.get();
    const batch = db.batch();
    for (const search of page.docs) {
      const tenantId = search.ref.parent.parent?.id;
      if (tenantId === undefined) continue;
      if (!optIn.has(tenantId)) optIn.set(tenantId, await scrapingEnabled(tenantId));
      const portals = (search.get('portals') as ListingPortal[] | undefined) ?? [];
      const { queued } = await runnablePortals(tenantId, portals, optIn.get(tenantId));
      for (const portal of queued) {
        queueRun(
          batch,
          { tenantId, searchId: search.id, portal, trigger: 'schedule', requestedBy: null },
          { root, now: now() },
        );
        step.tasks++;
      }
      step.searches++;
    }
    after = page.docs.at(-1)?.ref.path ?? after;
    const last = page.size < pageSize;
    step.continued = !last && now() - started >= budgetMs;
    if (last || step.continued) {
      batch.update(ref, { cursor: after, ...finishedFields('done', now()) });
    } else {
      batch.update(ref, { cursor: after, leaseUntil: Timestamp.fromMillis(now() + RUN_LEASE_MS) });
    }
    if (step.continued) {
      batch.create(db.collection(runQueueCollection('fanout', root)).doc(), {
        kind: 'fanout',
        scheduleId: (task.scheduleId as string | undefined) ?? null,
        cursor: after,
        ...queuedLease(now()),
      });
    }
    await batch.commit();
    if (last || step.continued) break;
  }
  logger.info('aggregator runs scheduled', { ...step, from: cursor, to: after });
  return step;
}

/**
 * The scheduled fan-out's first document, one per schedule time (a retried invocation finds it
 * and does not start a second fan-out); its trigger or this call runs it, whichever claims it.
 */
export async function startFanOut(
  scheduleId: string,
  deps: QueueDeps = {},
): Promise<DocumentReference> {
  const now = deps.now ?? Date.now;
  const ref = db
    .collection(runQueueCollection('fanout', deps.root))
    .doc(`schedule-${scheduleId.replace(/[^A-Za-z0-9_-]/g, '-')}`);
  try {
    await ref.create({ kind: 'fanout', scheduleId, cursor: null, ...queuedLease(now()) });
  } catch (error) {
    // ALREADY_EXISTS: this schedule time's fan-out is under way or done.
    if ((error as { code?: unknown }).code !== 6) throw error;
  }
  return ref;
}
