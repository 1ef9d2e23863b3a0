import {
  AggregatorError,
  isAggregatorError,
  listingMatchesCriteria,
  listingSourceKey,
  savedSearchCriteriaSchema,
  type Listing,
  type ListingPortal,
  type SavedSearchCriteria,
} from '@portail/shared';
import type { HttpClient, PortalAdapter, SearchContext } from '../types.js';
import { systemClock, type Clock } from './clock.js';
import { assertOk, defaultPoliteOptions, politeFetch, type PoliteOptions } from './politeFetch.js';
import { Throttle } from './throttle.js';

export interface SearchLimits extends PoliteOptions {
  /** Pages read at most per search, whatever the portal has. */
  maxPages: number;
  /** Overrides the adapter's minimum delay between requests (never below it). */
  minDelayMs?: number;
}

export const defaultSearchLimits: Omit<SearchLimits, 'userAgent'> = {
  ...defaultPoliteOptions,
  maxPages: 5,
};

export interface SearchDeps {
  http: HttpClient;
  clock?: Clock;
  /** Share one per portal between searches so they are polite together. */
  throttle?: Throttle;
}

export interface PortalSearchOutcome {
  portal: ListingPortal;
  /** Listings that fit the criteria, one per (portal, portalId), in the portal's order. */
  listings: Listing[];
  /** Entries without id or link, dropped. */
  skipped: number;
  /** Listings the portal returned that do not fit the criteria (it widens searches itself). */
  outOfCriteria: number;
  pagesRead: number;
  /** Stopped at `maxPages` while the portal had more. */
  truncated: boolean;
  /** Why the search stopped early; what was read before is kept. */
  error: AggregatorError | null;
}

function asFailure(error: unknown, portal: ListingPortal): AggregatorError {
  if (isAggregatorError(error)) return error;
  // An adapter tripping over an unexpected shape is a changed format, not a crash of the run.
  return new AggregatorError('format-changed', {
    portal,
    detail: error instanceof Error ? error.message : String(error),
  });
}

/**
 * A2/A4: runs one saved search on one source, page after page, through the injected HTTP client.
 * Never throws for the source's failures: they come back coded in `error`, so one failing portal
 * does not stop the others. Throws the schema's error when the criteria themselves are invalid.
 */
export async function searchPortal(
  adapter: PortalAdapter,
  criteriaInput: unknown,
  deps: SearchDeps,
  limits: SearchLimits,
): Promise<PortalSearchOutcome> {
  const clock = deps.clock ?? systemClock;
  const throttle =
    deps.throttle ?? new Throttle(clock, Math.max(adapter.minDelayMs, limits.minDelayMs ?? 0));
  const fetchDeps = { http: deps.http, clock, throttle };
  const outcome: PortalSearchOutcome = {
    portal: adapter.portal,
    listings: [],
    skipped: 0,
    outOfCriteria: 0,
    pagesRead: 0,
    truncated: false,
    error: null,
  };
  const seen = new Set<string>();
  // Bad criteria are the caller's fault, not the portal's: they throw (with French messages).
  const criteria: SavedSearchCriteria = savedSearchCriteriaSchema.parse(criteriaInput);

  try {
    const context: SearchContext = { locationIds: [] };
    if (adapter.buildLocationRequests && adapter.parseLocationResponse) {
      const ids = new Set<string>();
      for (const lookup of adapter.buildLocationRequests(criteria)) {
        const response = await politeFetch(lookup.request, adapter.portal, limits, fetchDeps);
        assertOk(response, adapter.portal);
        for (const id of adapter.parseLocationResponse(lookup.term, response)) ids.add(id);
      }
      context.locationIds = [...ids];
    }

    let page: number | null = 1;
    while (page !== null) {
      if (outcome.pagesRead >= limits.maxPages) {
        outcome.truncated = true;
        break;
      }
      let next: number | null = null;
      for (const request of adapter.buildSearchRequests(criteria, page, context)) {
        const response = await politeFetch(request, adapter.portal, limits, fetchDeps);
        assertOk(response, adapter.portal);
        const result = adapter.parseSearchPage(response, page);
        outcome.skipped += result.skipped;
        for (const listing of result.listings) {
          const key = listingSourceKey(listing);
          if (seen.has(key)) continue;
          seen.add(key);
          if (listingMatchesCriteria(listing, criteria)) outcome.listings.push(listing);
          else outcome.outOfCriteria++;
        }
        if (result.nextPage !== null)
          next = next === null ? result.nextPage : Math.max(next, result.nextPage);
      }
      outcome.pagesRead++;
      page = next;
    }
  } catch (error) {
    outcome.error = asFailure(error, adapter.portal);
  }
  return outcome;
}

/** Runs the search on every source at once; each keeps its own throttle and its own failure. */
export function searchPortals(
  adapters: readonly PortalAdapter[],
  criteria: unknown,
  deps: SearchDeps,
  limits: SearchLimits,
): Promise<PortalSearchOutcome[]> {
  return Promise.all(
    adapters.map((adapter) =>
      searchPortal(adapter, criteria, { ...deps, throttle: undefined }, limits),
    ),
  );
}
