import { logger } from 'firebase-functions/v2';
import { FieldPath, FieldValue, type Transaction } from 'firebase-admin/firestore';
import {
  aggregatorErrorMessages,
  dedupeListings,
  type AggregatorError,
  type AggregatorErrorCode,
  isAggregatorError,
  listingSourceKey,
  type ExistingListingEntry,
  type InboxEntryRecord,
  type Listing,
  type ListingPortal,
  type PortalRunResult,
} from '@portail/shared';
import { db } from '../../admin.js';
import { searchPortal } from '../runner/searchPortal.js';
import { Throttle } from '../runner/throttle.js';
import { systemClock } from '../runner/clock.js';
import type { HttpClient } from '../types.js';
import { aggregatorConfig, type AggregatorConfig } from './config.js';
import { inboxCollection, searchPath } from './paths.js';
import { configuredAdapter, portalHttpClient } from './portalHttp.js';
import { sourceFor } from './sources.js';

export interface RunTaskDeps {
  config?: AggregatorConfig;
  /** Replaces the fetch client under the base-URL rewrite (tests). */
  http?: HttpClient;
}

// One instance serves one portal's queue at a time: its throttle keeps the portal's delay between
// the requests of every task it runs, whatever the tenant.
const throttles = new Map<string, Throttle>();
function throttleFor(portal: ListingPortal, minDelayMs: number): Throttle {
  const key = `${portal}:${minDelayMs}`;
  let throttle = throttles.get(key);
  if (throttle === undefined) {
    throttle = new Throttle(systemClock, minDelayMs);
    throttles.set(key, throttle);
  }
  return throttle;
}

/** Firestore refuses `undefined`; a listing leaves out what the portal did not give. */
const storable = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const LOOKUP_CHUNK = 30;
const SEARCH_CANDIDATES = 500;

async function storedCandidates(
  tx: Transaction,
  tenantId: string,
  searchId: string,
  listings: readonly Listing[],
) {
  const inbox = db.collection(inboxCollection(tenantId));
  const found = new Map<string, FirebaseFirestore.DocumentSnapshot>();
  // The entries of this search: a property another portal already brought joins its entry.
  const ofSearch = await tx.get(
    inbox.where('searchIds', 'array-contains', searchId).limit(SEARCH_CANDIDATES),
  );
  for (const doc of ofSearch.docs) found.set(doc.id, doc);
  // The entries holding one of these sources, whatever search found them first.
  const keys = [...new Set(listings.map(listingSourceKey))];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const chunk = await tx.get(
      inbox.where('sourceKeys', 'array-contains-any', keys.slice(i, i + LOOKUP_CHUNK)),
    );
    for (const doc of chunk.docs) found.set(doc.id, doc);
  }
  return found;
}

/**
 * Stores one run's listings (A2, A3): de-duplicated against the stored entries (same source, or
 * the same property on another portal), new entries created as `new`, known ones refreshed, a
 * dismissed one found again re-opened. One transaction, so two portals' tasks of one search that
 * run together cannot both create the same property.
 */
export async function storeListings(
  tenantId: string,
  searchId: string,
  listings: readonly Listing[],
): Promise<number> {
  if (listings.length === 0) return 0;
  return db.runTransaction(async (tx) => {
    const stored = await storedCandidates(tx, tenantId, searchId, listings);
    const existing: ExistingListingEntry[] = [...stored.values()].map((doc) => ({
      key: doc.id,
      sources: (doc.get('sources') as InboxEntryRecord['sources']) ?? [],
      listing: doc.get('listing') as Listing | undefined,
    }));
    const { entries } = dedupeListings(listings, existing);
    let fresh = 0;
    const now = FieldValue.serverTimestamp();
    for (const entry of entries) {
      const ref = db.doc(`${inboxCollection(tenantId)}/${entry.key}`);
      const before = stored.get(entry.key);
      const common = {
        listing: storable(entry.listing),
        sources: storable(entry.sources),
        sourceKeys: entry.sources.map(listingSourceKey),
        portals: [...new Set(entry.sources.map((source) => source.portal))].sort(),
        price: entry.listing.price ?? null,
        lastSeenAt: now,
      };
      if (before === undefined || !before.exists) {
        fresh++;
        tx.set(ref, {
          ...common,
          tenantId,
          searchIds: [searchId],
          status: 'new',
          propertyId: null,
          firstSeenAt: now,
        });
      } else {
        const reopen = before.get('status') === 'dismissed';
        if (reopen) fresh++;
        tx.update(ref, {
          ...common,
          searchIds: FieldValue.arrayUnion(searchId),
          ...(reopen && { status: 'new', reopenedAt: now, firstSeenAt: now }),
        });
      }
    }
    return fresh;
  });
}

/** A licensed feed that refuses the request refuses the tenant's key: said as such. */
function runErrorCode(portal: ListingPortal, error: AggregatorError): AggregatorErrorCode {
  const refused = error.code === 'http' && (error.status === 401 || error.status === 403);
  return portal === 'feed' && refused ? 'feed-unauthorized' : error.code;
}

export async function recordRun(
  tenantId: string,
  searchId: string,
  portal: ListingPortal,
  result: Omit<PortalRunResult, 'at'>,
): Promise<void> {
  const ref = db.doc(searchPath(tenantId, searchId));
  try {
    await ref.update(new FieldPath('lastRun', portal), { ...result, at: new Date().toISOString() });
  } catch (error) {
    // The search was deleted while it ran: nothing to record on.
    logger.info('search gone before its run was recorded', { tenantId, searchId, portal, error });
  }
}

/**
 * One task (A2, A4): one saved search on one portal. Every failure of the portal is recorded on
 * the search's `lastRun` and never thrown, so the other portals and tenants go on.
 */
export async function runPortalTask(
  tenantId: string,
  searchId: string,
  portal: ListingPortal,
  deps: RunTaskDeps = {},
): Promise<PortalRunResult | null> {
  const config = deps.config ?? aggregatorConfig();
  const search = await db.doc(searchPath(tenantId, searchId)).get();
  if (!search.exists || search.get('enabled') === false) return null;
  if (!((search.get('portals') as string[] | undefined) ?? []).includes(portal)) return null;

  let result: Omit<PortalRunResult, 'at'>;
  try {
    const adapter = configuredAdapter(await sourceFor(tenantId, portal), config);
    await recordRun(tenantId, searchId, portal, {
      status: 'running',
      found: 0,
      new: 0,
      errorCode: null,
      errorMessage: null,
    });
    const outcome = await searchPortal(
      adapter,
      search.get('criteria'),
      {
        http: portalHttpClient(portal, config, deps.http),
        throttle: throttleFor(portal, adapter.minDelayMs),
      },
      config.limits,
    );
    const fresh = await storeListings(tenantId, searchId, outcome.listings);
    const code = outcome.error === null ? null : runErrorCode(portal, outcome.error);
    result = {
      status: code === null ? 'done' : 'failed',
      found: outcome.listings.length,
      new: fresh,
      errorCode: code,
      errorMessage: code === null ? null : aggregatorErrorMessages[code],
    };
    if (outcome.error !== null) {
      logger.warn('portal run failed', {
        tenantId,
        searchId,
        portal,
        code: outcome.error.code,
        detail: outcome.error.detail,
      });
    }
  } catch (error) {
    const coded = isAggregatorError(error);
    if (!coded) logger.error('portal run crashed', { tenantId, searchId, portal, error });
    result = {
      status: 'failed',
      found: 0,
      new: 0,
      errorCode: coded ? error.code : 'internal',
      errorMessage: aggregatorErrorMessages[coded ? error.code : 'internal'],
    };
  }
  await recordRun(tenantId, searchId, portal, result);
  return { ...result, at: new Date().toISOString() };
}
