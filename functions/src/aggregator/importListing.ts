import { isAggregatorError, AggregatorError, type Listing } from '@portail/shared';
import type { HttpClient, PortalAdapter } from './types.js';
import { parseListingUrl } from './parseListingUrl.js';
import { portalAdapters } from './adapters.js';
import { systemClock, type Clock } from './runner/clock.js';
import { assertOk, politeFetch, type PoliteOptions } from './runner/politeFetch.js';
import { Throttle } from './runner/throttle.js';

export interface ImportDeps {
  http: HttpClient;
  clock?: Clock;
  throttle?: Throttle;
  adapters?: readonly PortalAdapter[];
}

/**
 * A5: reads the listing a hunter pasted, one request (retried politely), and returns it filled
 * in. Throws coded `AggregatorError`s only.
 */
export async function importListing(
  url: string,
  deps: ImportDeps,
  options: PoliteOptions,
): Promise<Listing> {
  const { adapter } = parseListingUrl(url, deps.adapters ?? portalAdapters);
  const clock = deps.clock ?? systemClock;
  const throttle = deps.throttle ?? new Throttle(clock, adapter.minDelayMs);
  try {
    const request = adapter.buildListingRequest(url);
    const response = await politeFetch(request, adapter.portal, options, {
      http: deps.http,
      clock,
      throttle,
    });
    assertOk(response, adapter.portal);
    return adapter.parseListingPage(url, response);
  } catch (error) {
    if (isAggregatorError(error)) throw error;
    throw new AggregatorError('format-changed', {
      portal: adapter.portal,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
