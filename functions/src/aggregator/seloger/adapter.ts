import {
  AggregatorError,
  type Listing,
  type PropertyType,
  type SavedSearchCriteria,
} from '@portail/shared';
import type { HttpRequest, HttpResponse, PortalAdapter, SearchPage } from '../types.js';
import { assertNotBlocked, formatChanged, notAListing } from '../parsing/failures.js';
import { looksLikeHtml, parseHtml, readJsonParseAssignment } from '../parsing/html.js';
import { buildListing, buildListings } from '../parsing/listingBuilder.js';
import { decompressFromBase64 } from '../parsing/lzString.js';
import { asArray, asRecord, asString, get, parseJson } from '../parsing/values.js';
import { readSelogerClassified } from './classified.js';
import { SELOGER_ORIGIN, canonicalSelogerUrl, isSelogerHost, selogerListingId } from './urls.js';

/** Results per page of `classified-search`. */
const PAGE_SIZE = 30;

// `estateTypes` of classified-search. Commercial premises have no value we have seen used:
// they are asked for by leaving the type out and kept by the runner's own filter.
const ESTATE_TYPES: Partial<Record<PropertyType, string>> = {
  apartment: 'Apartment',
  house: 'House',
  land: 'Plot',
};

const HTML_HEADERS = {
  Accept: 'text/html,application/xhtml+xml',
  'Accept-Language': 'fr-FR,fr;q=0.9',
};

function searchUrl(criteria: SavedSearchCriteria, page: number): string {
  const params = new URLSearchParams({ distributionTypes: 'Buy' });
  const estateTypes = criteria.types
    .map((type) => ESTATE_TYPES[type])
    .filter((value): value is string => value !== undefined);
  if (estateTypes.length > 0 && estateTypes.length === criteria.types.length) {
    params.set('estateTypes', estateTypes.join(','));
  }
  // One comma-separated `locations`: repeated parameters keep only the first place.
  params.set('locations', criteria.postalCodes.join(','));
  if (criteria.priceMin !== undefined) params.set('priceMin', String(criteria.priceMin));
  if (criteria.priceMax !== undefined) params.set('priceMax', String(criteria.priceMax));
  if (criteria.surfaceMin !== undefined) params.set('spaceMin', String(criteria.surfaceMin));
  if (criteria.surfaceMax !== undefined) params.set('spaceMax', String(criteria.surfaceMax));
  if (criteria.roomsMin !== undefined) params.set('numberOfRoomsMin', String(criteria.roomsMin));
  params.set('order', 'DateDesc');
  if (page > 1) params.set('page', String(page));
  return `${SELOGER_ORIGIN}/classified-search?${params.toString()}`;
}

/** The state of a SeLoger page: `__UFRN_FETCHER__` (results) or `__UFRN_LIFECYCLE_SERVERREQUEST__`. */
function readStates(body: string): { fetcher: unknown; lifecycle: unknown } {
  const document = parseHtml(body);
  return {
    fetcher: readJsonParseAssignment(document, '__UFRN_FETCHER__'),
    lifecycle: readJsonParseAssignment(document, '__UFRN_LIFECYCLE_SERVERREQUEST__'),
  };
}

/** `classified-serp-init-data` is either the object or its lz-string (base64) compression. */
function unpack(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = decompressFromBase64(value);
  return text === null || text === '' ? undefined : parseJson(text);
}

function pageOfClassifieds(pageProps: Record<string, unknown>, page: number): SearchPage {
  const data = asRecord(pageProps.classifiedsData);
  if (data === undefined) throw formatChanged('seloger', 'classifiedsData absent');
  const order = (asArray(pageProps.classifieds) ?? Object.keys(data))
    .map((entry) => asString(entry) ?? asString(get(entry, 'id')))
    .filter((id): id is string => id !== undefined);
  const classifieds = order.map((id) => data[id]).filter((entry) => entry !== undefined);
  const { listings, skipped } = buildListings(classifieds.map(readSelogerClassified));
  const total = typeof pageProps.totalCount === 'number' ? pageProps.totalCount : undefined;
  const seen = (page - 1) * PAGE_SIZE + classifieds.length;
  const nextPage = classifieds.length > 0 && total !== undefined && seen < total ? page + 1 : null;
  return { listings, skipped, nextPage, ...(total !== undefined && { total }) };
}

export const selogerAdapter: PortalAdapter = {
  portal: 'seloger',
  label: 'SeLoger',
  kind: 'scraping',
  minDelayMs: 5_000,

  buildSearchRequests(criteria: SavedSearchCriteria, page: number): HttpRequest[] {
    // classified-search takes postal codes or its own place ids, not town names.
    if (criteria.postalCodes.length === 0) {
      throw new AggregatorError('criteria-unsupported', {
        portal: 'seloger',
        detail: 'SeLoger cherche par code postal',
      });
    }
    return [{ method: 'GET', url: searchUrl(criteria, page), headers: HTML_HEADERS }];
  },

  parseSearchPage(response: HttpResponse, page: number): SearchPage {
    assertNotBlocked('seloger', response);
    // `GET /classifiedList/<ids>` answers the same classifieds as a JSON array.
    const json = looksLikeHtml(response.body) ? undefined : parseJson(response.body);
    if (Array.isArray(json)) {
      const { listings, skipped } = buildListings(json.map(readSelogerClassified));
      return { listings, skipped, nextPage: null };
    }
    const { fetcher } = readStates(response.body);
    if (fetcher === undefined) throw formatChanged('seloger', '__UFRN_FETCHER__ absent');
    const state = get(fetcher, 'data') ?? fetcher;
    const serp = unpack(get(state, 'classified-serp-init-data'));
    if (serp === undefined) throw formatChanged('seloger', 'classified-serp-init-data absent');
    const pageProps = asRecord(get(serp, 'pageProps')) ?? asRecord(serp);
    if (pageProps === undefined) throw formatChanged('seloger', 'pageProps absent');
    return pageOfClassifieds(pageProps, page);
  },

  matchesUrl(url: string): boolean {
    try {
      return isSelogerHost(new URL(url).hostname);
    } catch {
      return false;
    }
  },

  listingIdFromUrl: selogerListingId,

  buildListingRequest(url: string): HttpRequest {
    return { method: 'GET', url: canonicalSelogerUrl(url) ?? url, headers: HTML_HEADERS };
  },

  parseListingPage(url: string, response: HttpResponse): Listing {
    assertNotBlocked('seloger', response);
    const { fetcher, lifecycle } = readStates(response.body);
    const classified =
      get(lifecycle, 'app_cldp', 'data', 'classified') ??
      get(fetcher, 'data', 'classified-detail-init-data', 'pageProps', 'classifiedData');
    if (classified === undefined) {
      if (fetcher !== undefined || lifecycle !== undefined) {
        throw notAListing('seloger', 'page SeLoger sans annonce');
      }
      throw formatChanged('seloger', 'état de la page absent');
    }
    const raw = readSelogerClassified(classified);
    const listing = buildListing({ ...raw, url: raw.url ?? canonicalSelogerUrl(url) });
    if (listing === null) throw formatChanged('seloger', 'annonce sans identifiant');
    return listing;
  },
};
