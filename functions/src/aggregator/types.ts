import type { Listing, ListingPortal, SavedSearchCriteria } from '@portail/shared';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Set by the runner: aborted when the request times out. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/**
 * The only way adapters reach a portal: production passes a fetch-based client, tests and the
 * local stack pass one that answers from fixtures.
 */
export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

export interface SearchContext {
  /** Portal-specific place ids found by the location lookup (Bien'ici zone ids). */
  locationIds: readonly string[];
}

export interface SearchPage {
  listings: Listing[];
  /** Entries dropped because they had no id or no link. */
  skipped: number;
  nextPage: number | null;
  /** Results the portal says the search has, when it says. */
  total?: number;
}

export interface LocationLookup {
  /** The city or postal code asked for. */
  term: string;
  request: HttpRequest;
}

/**
 * One source of listings. Adapters are pure: they build requests and read responses; the runner
 * does the fetching, politely. `scraping` sources read a portal's public pages and may only run
 * for tenants who opted in (A5); `licensed-feed` sources use the tenant's own API key.
 */
export interface PortalAdapter {
  readonly portal: ListingPortal;
  readonly label: string;
  readonly kind: 'scraping' | 'licensed-feed';
  /** Minimum time between two requests to this source. */
  readonly minDelayMs: number;
  /** When the portal searches by its own place ids, the requests that find them. */
  buildLocationRequests?(criteria: SavedSearchCriteria): LocationLookup[];
  parseLocationResponse?(term: string, response: HttpResponse): string[];
  /** Page numbers start at 1. */
  buildSearchRequests(
    criteria: SavedSearchCriteria,
    page: number,
    context: SearchContext,
  ): HttpRequest[];
  parseSearchPage(response: HttpResponse, page: number): SearchPage;
  matchesUrl(url: string): boolean;
  /** The listing id an URL of this source names, or null when the URL is not a listing. */
  listingIdFromUrl(url: URL): string | null;
  buildListingRequest(url: string): HttpRequest;
  parseListingPage(url: string, response: HttpResponse): Listing;
}
