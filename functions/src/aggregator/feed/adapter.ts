import type { Listing, SavedSearchCriteria } from '@portail/shared';
import type { HttpRequest, HttpResponse, PortalAdapter, SearchPage } from '../types.js';
import { assertNotBlocked, formatChanged, notAListing } from '../parsing/failures.js';
import { buildListing, buildListings, type RawListing } from '../parsing/listingBuilder.js';
import { toIsoDate } from '../parsing/dates.js';
import { toNumber } from '../parsing/numbers.js';
import { asArray, asRecord, asString, get, parseJson } from '../parsing/values.js';
import {
  hydraFieldMapping,
  hydraQueryMapping,
  type FeedFieldMapping,
  type FeedQueryMapping,
} from './mapping.js';

export interface FeedConfig {
  /** `https://api.notif.immo`: the aggregator the tenant holds a licence with. */
  baseUrl: string;
  /** The tenant's own key; sent in a header, never in the URL (URLs end up in logs). */
  apiKey: string;
  apiKeyHeader?: string;
  label?: string;
  itemsPerPage?: number;
  fields?: FeedFieldMapping;
  query?: FeedQueryMapping;
}

function first(item: unknown, paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = get(
      item,
      ...path.split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step)),
    );
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function readFeedItem(item: unknown, fields: FeedFieldMapping, baseUrl: string): RawListing {
  const rawId = asString(first(item, fields.id));
  // Hydra ids are IRIs (`/documents/properties/<uuid>`): the last segment is the id.
  const portalId = rawId?.split('/').filter(Boolean).pop();
  const type = fields.types[asString(first(item, fields.type)) ?? ''] ?? 'other';
  const coordinates = asArray(first(item, fields.coordinates));
  const photos = asArray(first(item, fields.photos)) ?? [];
  const url = asString(first(item, fields.url));
  return {
    portal: 'feed',
    portalId,
    url: url === undefined ? undefined : new URL(url, baseUrl).toString(),
    title: asString(first(item, fields.title)),
    price: toNumber(first(item, fields.price)),
    surface:
      toNumber(first(item, fields.surface)) ??
      (type === 'land' ? toNumber(first(item, fields.landSurface)) : undefined),
    rooms: toNumber(first(item, fields.rooms)),
    bedrooms: toNumber(first(item, fields.bedrooms)),
    type,
    city: asString(first(item, fields.city)),
    postalCode: asString(first(item, fields.postalCode)),
    address: asString(first(item, fields.address)),
    lat: toNumber(first(item, fields.lat)) ?? toNumber(coordinates?.[1]),
    lng: toNumber(first(item, fields.lng)) ?? toNumber(coordinates?.[0]),
    photos: photos.map((photo) => asString(photo) ?? asString(get(photo, 'url'))),
    description: asString(first(item, fields.description)),
    energyRating: asString(first(item, fields.energyRating)),
    greenhouseRating: asString(first(item, fields.greenhouseRating)),
    publishedAt: toIsoDate(first(item, fields.publishedAt)),
  };
}

/**
 * A5: listings from a licensed aggregator API, called with the tenant's own key. Same interface
 * as the portals, so the scheduler and the inbox treat both alike.
 */
export function createFeedAdapter(config: FeedConfig): PortalAdapter {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const fields = config.fields ?? hydraFieldMapping;
  const query = config.query ?? hydraQueryMapping;
  const itemsPerPage = config.itemsPerPage ?? 30;
  const headers = {
    Accept: 'application/ld+json, application/json',
    [config.apiKeyHeader ?? 'X-API-KEY']: config.apiKey,
  };

  const readJson = (response: HttpResponse): unknown => {
    assertNotBlocked('feed', response);
    const json = parseJson(response.body);
    if (json === undefined) throw formatChanged('feed', 'réponse non JSON');
    return json;
  };

  return {
    portal: 'feed',
    label: config.label ?? 'Flux d’annonces',
    kind: 'licensed-feed',
    minDelayMs: 500,

    buildSearchRequests(criteria: SavedSearchCriteria, page: number): HttpRequest[] {
      const params = new URLSearchParams(query.fixed);
      params.set(query.page, String(page));
      params.set(query.itemsPerPage, String(itemsPerPage));
      if (criteria.priceMin !== undefined) params.set(query.priceMin, String(criteria.priceMin));
      if (criteria.priceMax !== undefined) params.set(query.priceMax, String(criteria.priceMax));
      if (criteria.surfaceMin !== undefined)
        params.set(query.surfaceMin, String(criteria.surfaceMin));
      if (criteria.surfaceMax !== undefined)
        params.set(query.surfaceMax, String(criteria.surfaceMax));
      if (criteria.roomsMin !== undefined) params.set(query.roomsMin, String(criteria.roomsMin));
      for (const type of criteria.types) {
        for (const code of query.typeCodes[type] ?? []) params.append(query.types, code);
      }
      for (const postalCode of criteria.postalCodes) params.append(query.postalCodes, postalCode);
      return [
        { method: 'GET', url: `${baseUrl}${query.searchPath}?${params.toString()}`, headers },
      ];
    },

    parseSearchPage(response: HttpResponse, page: number): SearchPage {
      const json = readJson(response);
      const items = asArray(get(json, fields.items));
      if (items === undefined) throw formatChanged('feed', `${fields.items} absent`);
      const { listings, skipped } = buildListings(
        items.map((item) => readFeedItem(item, fields, baseUrl)),
      );
      const total = toNumber(first(json, fields.total));
      const hasNext = first(json, fields.next) !== undefined;
      const more =
        items.length > 0 && (hasNext || (total !== undefined && page * itemsPerPage < total));
      return {
        listings,
        skipped,
        nextPage: more ? page + 1 : null,
        ...(total !== undefined && { total }),
      };
    },

    matchesUrl(url: string): boolean {
      return url.startsWith(`${baseUrl}${query.listingPath}`);
    },

    listingIdFromUrl(url: URL): string | null {
      const prefix = `${baseUrl}${query.listingPath}`;
      const text = url.toString();
      if (!text.startsWith(prefix)) return null;
      return text.slice(prefix.length).split(/[/?#]/)[0] || null;
    },

    buildListingRequest(url: string): HttpRequest {
      return { method: 'GET', url, headers };
    },

    parseListingPage(_url: string, response: HttpResponse): Listing {
      const json = readJson(response);
      if (asRecord(json) === undefined || first(json, fields.id) === undefined) {
        throw notAListing('feed', 'réponse sans annonce');
      }
      const listing = buildListing(readFeedItem(json, fields, baseUrl));
      if (listing === null) throw formatChanged('feed', 'annonce sans identifiant ni lien');
      return listing;
    },
  };
}
