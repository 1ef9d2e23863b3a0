import { AggregatorError, type ListingPortal } from '@portail/shared';
import type { PortalAdapter } from './types.js';
import { portalAdapters } from './adapters.js';

export interface ParsedListingUrl {
  portal: ListingPortal;
  portalId: string;
  adapter: PortalAdapter;
}

/**
 * A5 "Importer une annonce": which source a pasted link belongs to, and the listing it names.
 * Throws coded errors: `invalid-url`, `unknown-site`, or `not-a-listing` for a page of a known
 * portal that is not one listing (a search, the home page).
 */
export function parseListingUrl(
  input: string,
  adapters: readonly PortalAdapter[] = portalAdapters,
): ParsedListingUrl {
  let url: URL;
  try {
    const text = input.trim();
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    throw new AggregatorError('invalid-url', { detail: input.slice(0, 200) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AggregatorError('invalid-url', { detail: url.protocol });
  }
  const adapter = adapters.find((candidate) => candidate.matchesUrl(url.toString()));
  if (adapter === undefined) throw new AggregatorError('unknown-site', { detail: url.hostname });
  const portalId = adapter.listingIdFromUrl(url);
  if (portalId === null) {
    throw new AggregatorError('not-a-listing', { portal: adapter.portal, detail: url.pathname });
  }
  return { portal: adapter.portal, portalId, adapter };
}
