// The aggregator's functions (A1–A5): saved searches, runs (scheduled and manual, one task per
// tenant, search and portal), the inbox's actions and import by link.
import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import {
  AggregatorError,
  importListingInput,
  inboxEntryRefInput,
  isAggregatorError,
  saveSearchInput,
  searchRefInput,
  setFeedAccessInput,
  setPortalScrapingInput,
  type Listing,
  type ListingPortal,
  type ListingPropertyResult,
  type RunSearchResult,
  type SetFeedAccessResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { importListing } from './importListing.js';
import { parseListingUrl } from './parseListingUrl.js';
import { aggregatorConfig } from './service/config.js';
import { createPropertyFromListing } from './service/createProperty.js';
import { runnablePortals } from './service/enqueue.js';
import {
  aggregatorSettingsPath,
  feedSecretPath,
  inboxPath,
  runQueueCollection,
  searchPath,
  type RunQueue,
} from './service/paths.js';
import { configuredAdapter, portalHttpClient } from './service/portalHttp.js';
import { runPortalTask } from './service/runPortalTask.js';
import { startFanOut } from './service/fanOut.js';
import { processRun } from './service/runQueue.js';
import { sweepQueues } from './service/sweepQueues.js';
import { portalAdapters } from './adapters.js';

const notFound = (message: string) => new HttpsError('not-found', message);

/** An `AggregatorError` as the apps receive it: its French message and its stable code. */
function asHttpsError(error: unknown): unknown {
  if (!isAggregatorError(error)) return error;
  const status =
    error.code === 'invalid-url' || error.code === 'unknown-site' || error.code === 'not-a-listing'
      ? 'invalid-argument'
      : error.code === 'scraping-not-enabled' || error.code === 'feed-not-configured'
        ? 'failed-precondition'
        : 'unavailable';
  return new HttpsError(status, error.message, { code: `aggregator/${error.code}` });
}

/** A1: creates or edits a saved search (criteria parsed with the shared schema). */
export const saveSearch = onCall(async (request): Promise<{ searchId: string }> => {
  const caller = await requireStaff(request);
  const { searchId, ...fields } = parseInput(saveSearchInput, request.data);
  const collection = db.collection(`tenants/${caller.tenantId}/searches`);
  const ref = searchId ? collection.doc(searchId) : collection.doc();
  if (searchId) {
    if (!(await ref.get()).exists) throw notFound('Recherche introuvable.');
    await ref.update({ ...fields, updatedAt: FieldValue.serverTimestamp() });
  } else {
    await ref.create({
      ...fields,
      lastRun: {},
      createdBy: caller.uid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  return { searchId: ref.id };
});

/** Deletes a saved search; its inbox entries stay (they may already be properties). */
export const deleteSearch = onCall(async (request): Promise<{ deleted: true }> => {
  const caller = await requireStaff(request);
  const { searchId } = parseInput(searchRefInput, request.data);
  await db.doc(searchPath(caller.tenantId, searchId)).delete();
  return { deleted: true };
});

/**
 * "Lancer maintenant": runs the search now on each portal it may read, the portals side by side
 * (each bounded in pages and retries), and answers once the results are on `lastRun`. The
 * scheduled runs go through the portals' queues instead.
 */
export const runSearchNow = onCall(
  { timeoutSeconds: 540, memory: '512MiB' },
  async (request): Promise<RunSearchResult> => {
    const caller = await requireStaff(request);
    const { searchId } = parseInput(searchRefInput, request.data);
    const search = await db.doc(searchPath(caller.tenantId, searchId)).get();
    if (!search.exists) throw notFound('Recherche introuvable.');
    const portals = (search.get('portals') as ListingPortal[] | undefined) ?? [];
    const result = await runnablePortals(caller.tenantId, portals);
    if (result.queued.length === 0) {
      const code =
        result.skipped[0]?.code === 'feed-not-configured'
          ? 'feed-not-configured'
          : 'scraping-not-enabled';
      throw asHttpsError(new AggregatorError(code));
    }
    await Promise.all(
      result.queued.map((portal) => runPortalTask(caller.tenantId, searchId, portal)),
    );
    return result;
  },
);

/** A5: the admin turns reading the portals' public pages on or off, the legal note acknowledged. */
export const setPortalScraping = onCall(async (request): Promise<{ portalScraping: boolean }> => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const { enabled } = parseInput(setPortalScrapingInput, request.data);
  await db.doc(aggregatorSettingsPath(caller.tenantId)).set(
    {
      portalScraping: enabled,
      changedBy: caller.uid,
      changedAt: FieldValue.serverTimestamp(),
      ...(enabled && { acknowledgedBy: caller.uid, acknowledgedAt: FieldValue.serverTimestamp() }),
    },
    { merge: true },
  );
  await writeAudit(caller.tenantId, {
    action: enabled ? 'aggregator.scraping.enabled' : 'aggregator.scraping.disabled',
    actorUid: caller.uid,
    targetId: 'aggregator',
  });
  return { portalScraping: enabled };
});

/**
 * A5: the licensed feed's address and the tenant's key, kept where no app can read them; the
 * settings the apps read say only that a key is saved, when and by whom. `{ remove: true }`
 * deletes both.
 */
export const setFeedAccess = onCall(async (request): Promise<SetFeedAccessResult> => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const input = parseInput(setFeedAccessInput, request.data);
  const secret = db.doc(feedSecretPath(caller.tenantId));
  const settings = db.doc(aggregatorSettingsPath(caller.tenantId));
  const batch = db.batch();
  if ('remove' in input) {
    batch.delete(secret);
    batch.set(
      settings,
      {
        feedConfigured: false,
        feedBaseUrl: FieldValue.delete(),
        feedSavedAt: FieldValue.delete(),
        feedSavedBy: FieldValue.delete(),
      },
      { merge: true },
    );
  } else {
    const { baseUrl, apiKey } = input;
    batch.set(secret, {
      baseUrl,
      apiKey,
      updatedBy: caller.uid,
      updatedAt: FieldValue.serverTimestamp(),
    });
    batch.set(
      settings,
      {
        feedConfigured: true,
        feedBaseUrl: baseUrl,
        feedSavedAt: FieldValue.serverTimestamp(),
        feedSavedBy: caller.uid,
      },
      { merge: true },
    );
  }
  await batch.commit();
  await writeAudit(caller.tenantId, {
    action: 'remove' in input ? 'aggregator.feed.removed' : 'aggregator.feed.saved',
    actorUid: caller.uid,
    targetId: 'aggregator',
  });
  return { feedConfigured: !('remove' in input) };
});

/** A3 "Supprimer": the entry is kept as `dismissed`; a later run that finds it re-opens it. */
export const dismissInboxEntry = onCall(async (request): Promise<{ dismissed: true }> => {
  const caller = await requireStaff(request);
  const { entryId } = parseInput(inboxEntryRefInput, request.data);
  const ref = db.doc(inboxPath(caller.tenantId, entryId));
  await db.runTransaction(async (tx) => {
    const entry = await tx.get(ref);
    if (!entry.exists) throw notFound('Annonce introuvable.');
    if (entry.get('status') === 'assigned') {
      throw new HttpsError('failed-precondition', 'Cette annonce est déjà devenue un bien.', {
        code: 'aggregator/already-assigned',
      });
    }
    tx.update(ref, {
      status: 'dismissed',
      dismissedBy: caller.uid,
      dismissedAt: FieldValue.serverTimestamp(),
    });
  });
  return { dismissed: true };
});

/** A3: the inbox entry becomes a property (photos copied); the hunter then assigns it. */
export const createPropertyFromInbox = onCall(
  { timeoutSeconds: 120, memory: '1GiB' },
  async (request): Promise<ListingPropertyResult> => {
    const caller = await requireStaff(request);
    const { entryId } = parseInput(inboxEntryRefInput, request.data);
    const ref = db.doc(inboxPath(caller.tenantId, entryId));
    const entry = await ref.get();
    if (!entry.exists) throw notFound('Annonce introuvable.');
    const existing = entry.get('propertyId') as string | null;
    if (entry.get('status') === 'assigned' && existing) {
      return { propertyId: existing, photosCopied: 0, photosFailed: 0 };
    }
    const result = await createPropertyFromListing(
      caller.tenantId,
      caller.uid,
      entry.get('listing') as Listing,
      aggregatorConfig(),
      { inboxEntryId: entryId },
    );
    await ref.update({
      status: 'assigned',
      propertyId: result.propertyId,
      assignedBy: caller.uid,
      assignedAt: FieldValue.serverTimestamp(),
    });
    return result;
  },
);

/** A5 "Importer une annonce": reads the pasted listing and makes it a property, photos included. */
export const importListingByUrl = onCall(
  { timeoutSeconds: 120, memory: '1GiB' },
  async (request): Promise<ListingPropertyResult> => {
    const caller = await requireStaff(request);
    const { url } = parseInput(importListingInput, request.data);
    const config = aggregatorConfig();
    let listing: Listing;
    try {
      const adapters = portalAdapters.map((adapter) => configuredAdapter(adapter, config));
      // The link names its portal; that portal's requests go under its own base URL.
      const { portal } = parseListingUrl(url, adapters);
      listing = await importListing(
        url,
        { http: portalHttpClient(portal, config), adapters },
        { ...config.limits, maxRetries: Math.min(config.limits.maxRetries, 1) },
      );
    } catch (error) {
      // A dead link is the portal's 404/410: said as such rather than "the site refused".
      if (
        isAggregatorError(error) &&
        error.code === 'http' &&
        (error.status === 404 || error.status === 410)
      ) {
        throw new HttpsError(
          'not-found',
          'Cette annonce n’existe plus (lien mort ou annonce retirée).',
          {
            code: 'aggregator/dead-link',
          },
        );
      }
      throw asHttpsError(error);
    }
    return createPropertyFromListing(caller.tenantId, caller.uid, listing, config);
  },
);

/**
 * A2: every 6 hours, one task per (tenant, search, portal), fanned out from the `fanout` queue
 * (pages with a cursor, continued by a new queue document near the time limit).
 */
export const scheduleSearchRuns = onSchedule(
  { schedule: 'every 6 hours', timeZone: 'Europe/Paris', timeoutSeconds: 540 },
  async (event) => {
    await processRun(await startFanOut(event.scheduleTime));
  },
);

/** Run recovery: queue documents whose event was dropped or whose run died are run again. */
export const sweepAggregatorQueues = onSchedule(
  { schedule: 'every 10 minutes', timeoutSeconds: 540, memory: '512MiB' },
  async () => {
    await sweepQueues();
  },
);

/**
 * One queue per portal: one instance at a time (`maxInstances: 1`, `concurrency: 1`) keeps that
 * portal's delay between requests across every tenant; a task is one search on one portal, so it
 * ends well within the time limit (pages and retries are bounded). The `fanout` queue continues
 * the scheduled fan-out.
 */
function queueTrigger(queue: RunQueue) {
  return onDocumentCreated(
    {
      document: `${runQueueCollection(queue)}/{runId}`,
      maxInstances: 1,
      concurrency: 1,
      timeoutSeconds: 540,
      memory: '512MiB',
    },
    async (event) => {
      if (event.data) await processRun(event.data.ref);
    },
  );
}

export const runSelogerSearch = queueTrigger('seloger');
export const runBieniciSearch = queueTrigger('bienici');
export const runLeboncoinSearch = queueTrigger('leboncoin');
export const runFeedSearch = queueTrigger('feed');
export const continueSearchRuns = queueTrigger('fanout');
