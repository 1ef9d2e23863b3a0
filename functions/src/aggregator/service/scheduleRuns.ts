import { logger } from 'firebase-functions/v2';
import { FieldPath } from 'firebase-admin/firestore';
import type { ListingPortal } from '@portail/shared';
import { db } from '../../admin.js';
import { queueRun, runnablePortals } from './enqueue.js';
import { scrapingEnabled } from './sources.js';

// Each search queues at most 4 tasks of 2 writes: 50 searches stay under a batch's 500 writes.
const PAGE = 50;

/**
 * A2: every enabled search of every tenant, one task per (tenant, search, portal) queued; the
 * scheduler only writes tasks, page after page, so it stays short at any number of tenants, and
 * the portals' triggers do the reading. Tenants that did not opt in queue no scraping portal.
 */
export async function scheduleAllRuns(): Promise<{ searches: number; tasks: number }> {
  const optIn = new Map<string, boolean>();
  let searches = 0;
  let tasks = 0;
  let last: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = db
      .collectionGroup('searches')
      .where('enabled', '==', true)
      .orderBy(FieldPath.documentId())
      .limit(PAGE);
    if (last !== undefined) query = query.startAfter(last);
    const page = await query.get();
    if (page.empty) break;
    const batch = db.batch();
    for (const search of page.docs) {
      const tenantId = search.ref.parent.parent?.id;
      if (tenantId === undefined) continue;
      if (!optIn.has(tenantId)) optIn.set(tenantId, await scrapingEnabled(tenantId));
      const portals = (search.get('portals') as ListingPortal[] | undefined) ?? [];
      const { queued } = await runnablePortals(tenantId, portals, optIn.get(tenantId));
      for (const portal of queued) {
        queueRun(batch, {
          tenantId,
          searchId: search.id,
          portal,
          trigger: 'schedule',
          requestedBy: null,
        });
        tasks++;
      }
      searches++;
    }
    await batch.commit();
    last = page.docs[page.docs.length - 1];
    if (page.size < PAGE) break;
  }
  logger.info('aggregator runs scheduled', { searches, tasks });
  return { searches, tasks };
}
