import {
  AggregatorError,
  type Listing,
  type PropertyType,
  type SavedSearchCriteria,
} from '@portail/shared';
import type { HttpRequest, HttpResponse, PortalAdapter, SearchPage } from '../types.js';
import { assertNotBlocked, formatChanged, notAListing } from '../parsing/failures.js';
import { looksLikeHtml, parseHtml, readNextData } from '../parsing/html.js';
import { buildListing, buildListings } from '../parsing/listingBuilder.js';
import { asArray, asRecord, get, parseJson } from '../parsing/values.js';
import { readLeboncoinAd } from './ad.js';
import {
  LEBONCOIN_API_ORIGIN,
  isLeboncoinHost,
  leboncoinListingId,
  leboncoinListingUrl,
} from './urls.js';

/** The page size the site and its apps use. */
const PAGE_SIZE = 35;
/** "Ventes immobilières". */
const SALES_CATEGORY = '9';

// Commercial premises are another category ("Bureaux & Commerces"): asked for by leaving the
// type out, kept by the runner's own filter.
const REAL_ESTATE_TYPES: Partial<Record<PropertyType, string[]>> = {
  house: ['1'],
  apartment: ['2'],
  land: ['3'],
  other: ['4', '5'],
};

function searchBody(criteria: SavedSearchCriteria, page: number): string {
  const types = criteria.types.map((type) => REAL_ESTATE_TYPES[type]);
  const enums: Record<string, string[]> = { ad_type: ['offer'] };
  if (types.length > 0 && types.every((codes) => codes !== undefined)) {
    enums.real_estate_type = types.flat() as string[];
  }
  const ranges: Record<string, { min?: number; max?: number }> = {};
  if (criteria.priceMin !== undefined || criteria.priceMax !== undefined) {
    ranges.price = {
      ...(criteria.priceMin !== undefined && { min: criteria.priceMin }),
      ...(criteria.priceMax !== undefined && { max: criteria.priceMax }),
    };
  }
  if (criteria.surfaceMin !== undefined || criteria.surfaceMax !== undefined) {
    ranges.square = {
      ...(criteria.surfaceMin !== undefined && { min: criteria.surfaceMin }),
      ...(criteria.surfaceMax !== undefined && { max: criteria.surfaceMax }),
    };
  }
  if (criteria.roomsMin !== undefined) ranges.rooms = { min: criteria.roomsMin };
  return JSON.stringify({
    filters: {
      category: { id: SALES_CATEGORY },
      enums,
      location: {
        locations: criteria.postalCodes.map((zipcode) => ({ locationType: 'city', zipcode })),
      },
      ranges,
    },
    limit: PAGE_SIZE,
    limit_alu: 0,
    offset: (page - 1) * PAGE_SIZE,
    sort_by: 'time',
    sort_order: 'desc',
    owner_type: 'all',
  });
}

/** `finder/search` answers JSON; a search page of the site carries the same in `__NEXT_DATA__`. */
function searchData(response: HttpResponse): Record<string, unknown> {
  if (looksLikeHtml(response.body)) {
    const nextData = readNextData(parseHtml(response.body));
    if (nextData === undefined) throw formatChanged('leboncoin', '__NEXT_DATA__ absent');
    const data = asRecord(get(nextData, 'props', 'pageProps', 'searchData'));
    if (data === undefined) throw formatChanged('leboncoin', 'searchData absent');
    return data;
  }
  const json = asRecord(parseJson(response.body));
  if (json === undefined) throw formatChanged('leboncoin', 'réponse non JSON');
  return json;
}

export const leboncoinAdapter: PortalAdapter = {
  portal: 'leboncoin',
  label: 'LeBonCoin',
  kind: 'scraping',
  minDelayMs: 10_000,

  buildSearchRequests(criteria: SavedSearchCriteria, page: number): HttpRequest[] {
    // Without a postal code (or coordinates) LeBonCoin drops the place and searches all France.
    if (criteria.postalCodes.length === 0) {
      throw new AggregatorError('criteria-unsupported', {
        portal: 'leboncoin',
        detail: 'LeBonCoin cherche par code postal',
      });
    }
    return [
      {
        method: 'POST',
        url: `${LEBONCOIN_API_ORIGIN}/finder/search`,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: searchBody(criteria, page),
      },
    ];
  },

  parseSearchPage(response: HttpResponse, page: number): SearchPage {
    assertNotBlocked('leboncoin', response);
    const data = searchData(response);
    const total = typeof data.total === 'number' ? data.total : undefined;
    // With no result the API leaves `ads` out and answers `total: 0`.
    const ads = asArray(data.ads) ?? (total === 0 ? [] : undefined);
    if (ads === undefined) throw formatChanged('leboncoin', 'ads absent');
    const { listings, skipped } = buildListings(ads.map(readLeboncoinAd));
    const maxPages = typeof data.max_pages === 'number' ? data.max_pages : undefined;
    const seen = (page - 1) * PAGE_SIZE + ads.length;
    const more =
      ads.length > 0 &&
      total !== undefined &&
      seen < total &&
      (maxPages === undefined || page < maxPages);
    return {
      listings,
      skipped,
      nextPage: more ? page + 1 : null,
      ...(total !== undefined && { total }),
    };
  },

  matchesUrl(url: string): boolean {
    try {
      return isLeboncoinHost(new URL(url).hostname);
    } catch {
      return false;
    }
  },

  listingIdFromUrl: leboncoinListingId,

  buildListingRequest(url: string): HttpRequest {
    const id = leboncoinListingId(new URL(url));
    if (id === null) throw notAListing('leboncoin', 'lien sans identifiant d’annonce');
    return {
      method: 'GET',
      url: leboncoinListingUrl(id),
      headers: { Accept: 'text/html,application/xhtml+xml', 'Accept-Language': 'fr-FR,fr;q=0.9' },
    };
  },

  parseListingPage(_url: string, response: HttpResponse): Listing {
    assertNotBlocked('leboncoin', response);
    let ad: unknown;
    if (looksLikeHtml(response.body)) {
      const nextData = readNextData(parseHtml(response.body));
      if (nextData === undefined) throw formatChanged('leboncoin', '__NEXT_DATA__ absent');
      const pageProps = get(nextData, 'props', 'pageProps');
      if (pageProps === undefined) throw formatChanged('leboncoin', 'pageProps absent');
      ad = get(pageProps, 'ad');
      if (ad === undefined) throw notAListing('leboncoin', 'page sans annonce');
    } else {
      // The apps' `adfinder/v1/classified/<id>` answers the same ad as JSON.
      ad = parseJson(response.body);
      if (asRecord(ad) === undefined) throw formatChanged('leboncoin', 'réponse non lisible');
      if (get(ad, 'list_id') === undefined) throw notAListing('leboncoin', 'réponse sans annonce');
    }
    const listing = buildListing(readLeboncoinAd(ad));
    if (listing === null) throw formatChanged('leboncoin', 'annonce sans identifiant ni lien');
    return listing;
  },
};
