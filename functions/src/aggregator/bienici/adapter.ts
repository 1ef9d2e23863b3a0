import {
  AggregatorError,
  normalisePlaceName,
  propertyTypes,
  type Listing,
  type PropertyType,
  type SavedSearchCriteria,
} from '@portail/shared';
import type {
  HttpRequest,
  HttpResponse,
  LocationLookup,
  PortalAdapter,
  SearchContext,
  SearchPage,
} from '../types.js';
import { assertNotBlocked, formatChanged, notAListing } from '../parsing/failures.js';
import { buildListing, buildListings } from '../parsing/listingBuilder.js';
import { asArray, asRecord, asString, get, parseJson } from '../parsing/values.js';
import { BIENICI_TYPES, readBieniciAd } from './ad.js';
import { BIENICI_ORIGIN, BIENICI_PLACES_ORIGIN, bieniciListingId, isBieniciHost } from './urls.js';

/** What the site itself asks per page. */
const PAGE_SIZE = 24;
/** The API refuses to page past this many results (`maxAuthorizedResults`). */
const MAX_RESULTS = 2400;

const JSON_HEADERS = { Accept: 'application/json', 'Accept-Language': 'fr-FR,fr;q=0.9' };

function bieniciTypes(types: readonly PropertyType[]): string[] {
  const wanted = new Set(types.length > 0 ? types : propertyTypes);
  // `land` is the name we have seen in answers only; the site filters on `terrain`.
  return Object.entries(BIENICI_TYPES)
    .filter(([name, type]) => wanted.has(type) && name !== 'land')
    .map(([name]) => name);
}

function filtersFor(criteria: SavedSearchCriteria, page: number, zoneIds: readonly string[]) {
  return {
    size: PAGE_SIZE,
    from: (page - 1) * PAGE_SIZE,
    page,
    filterType: 'buy',
    propertyType: bieniciTypes(criteria.types),
    ...(criteria.priceMin !== undefined && { minPrice: criteria.priceMin }),
    ...(criteria.priceMax !== undefined && { maxPrice: criteria.priceMax }),
    ...(criteria.surfaceMin !== undefined && { minArea: criteria.surfaceMin }),
    ...(criteria.surfaceMax !== undefined && { maxArea: criteria.surfaceMax }),
    ...(criteria.roomsMin !== undefined && { minRooms: criteria.roomsMin }),
    sortBy: 'publicationDate',
    sortOrder: 'desc',
    onTheMarket: [true],
    zoneIdsByTypes: { zoneIds: [...zoneIds] },
  };
}

function readJson(response: HttpResponse): unknown {
  const json = parseJson(response.body);
  if (json === undefined) throw formatChanged('bienici', 'réponse non JSON');
  return json;
}

export const bieniciAdapter: PortalAdapter = {
  portal: 'bienici',
  label: 'Bien’ici',
  kind: 'scraping',
  minDelayMs: 2_000,

  buildLocationRequests(criteria: SavedSearchCriteria): LocationLookup[] {
    return [...criteria.postalCodes, ...criteria.cities].map((term) => ({
      term,
      request: {
        method: 'GET',
        url: `${BIENICI_PLACES_ORIGIN}/suggest.json?q=${encodeURIComponent(term)}`,
        headers: JSON_HEADERS,
      },
    }));
  },

  /** suggest.json lists places; the first one that is the term asked for gives its zone ids. */
  parseLocationResponse(term: string, response: HttpResponse): string[] {
    assertNotBlocked('bienici', response);
    const places = asArray(readJson(response));
    if (places === undefined) throw formatChanged('bienici', 'suggest.json sans liste de lieux');
    const isPostalCode = /^\d{5}$/.test(term);
    const wanted = normalisePlaceName(term);
    for (const place of places) {
      const zoneIds = (asArray(get(place, 'zoneIds')) ?? [])
        .map(asString)
        .filter((zone): zone is string => zone !== undefined);
      if (zoneIds.length === 0) continue;
      const fits = isPostalCode
        ? (asArray(get(place, 'postalCodes')) ?? []).includes(term)
        : normalisePlaceName(asString(get(place, 'name')) ?? '').startsWith(wanted);
      if (fits) return zoneIds;
    }
    return [];
  },

  buildSearchRequests(
    criteria: SavedSearchCriteria,
    page: number,
    context: SearchContext,
  ): HttpRequest[] {
    if (context.locationIds.length === 0) {
      throw new AggregatorError('location-not-found', { portal: 'bienici' });
    }
    const filters = JSON.stringify(filtersFor(criteria, page, context.locationIds));
    return [
      {
        method: 'GET',
        url: `${BIENICI_ORIGIN}/realEstateAds.json?filters=${encodeURIComponent(filters)}`,
        headers: JSON_HEADERS,
      },
    ];
  },

  parseSearchPage(response: HttpResponse, page: number): SearchPage {
    assertNotBlocked('bienici', response);
    const json = asRecord(readJson(response));
    const ads = asArray(json?.realEstateAds);
    if (json === undefined || ads === undefined) {
      throw formatChanged('bienici', 'realEstateAds absent');
    }
    const { listings, skipped } = buildListings(ads.map(readBieniciAd));
    const total = typeof json.total === 'number' ? json.total : undefined;
    const from = typeof json.from === 'number' ? json.from : (page - 1) * PAGE_SIZE;
    const seen = from + ads.length;
    const nextPage =
      ads.length > 0 && total !== undefined && seen < total && seen < MAX_RESULTS ? page + 1 : null;
    return { listings, skipped, nextPage, ...(total !== undefined && { total }) };
  },

  matchesUrl(url: string): boolean {
    try {
      return isBieniciHost(new URL(url).hostname);
    } catch {
      return false;
    }
  },

  listingIdFromUrl: bieniciListingId,

  buildListingRequest(url: string): HttpRequest {
    const id = bieniciListingId(new URL(url));
    if (id === null) throw notAListing('bienici', 'lien sans identifiant d’annonce');
    return {
      method: 'GET',
      url: `${BIENICI_ORIGIN}/realEstateAd.json?id=${encodeURIComponent(id)}`,
      headers: JSON_HEADERS,
    };
  },

  parseListingPage(_url: string, response: HttpResponse): Listing {
    assertNotBlocked('bienici', response);
    const json = asRecord(readJson(response));
    if (json === undefined) throw formatChanged('bienici', 'annonce attendue en objet JSON');
    if (json.id === undefined) {
      // A collection or an error object: JSON, but not one ad.
      throw notAListing('bienici', 'réponse sans annonce');
    }
    const listing = buildListing(readBieniciAd(json));
    if (listing === null) throw formatChanged('bienici', 'annonce illisible');
    return listing;
  },
};
