import {
  ADDRESS_QUERY_MIN_LENGTH,
  GeoError,
  normaliseAddressQuery,
  parseBanResponse,
  postalCodeSchema,
  type GeocodedAddress,
} from '@portail/shared';
import { getJson, type FetchLike } from './request.js';

export interface BanGeocoderOptions {
  /** BAN base URL, without `/search` (production `https://data.geopf.fr/geocodage`). */
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface Geocoder {
  /** The best match, or `null` when BAN knows no such place. Throws a `GeoError` otherwise. */
  geocode(query: string, options?: { postalCode?: string }): Promise<GeocodedAddress | null>;
}

export function createBanGeocoder({
  baseUrl,
  fetch = globalThis.fetch,
  timeoutMs = 5_000,
}: BanGeocoderOptions): Geocoder {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async geocode(query, options = {}) {
      const q = normaliseAddressQuery(query);
      if (q.length < ADDRESS_QUERY_MIN_LENGTH) return null;
      const params = new URLSearchParams({ q, limit: '5', autocomplete: '0' });
      if (options.postalCode !== undefined) {
        const postalCode = postalCodeSchema.safeParse(options.postalCode);
        if (!postalCode.success) throw new GeoError('invalid-input', 'postal code');
        params.set('postcode', postalCode.data);
      }
      const { status, body } = await getJson(fetch, `${root}/search?${params}`, timeoutMs);
      if (status === 429 || status >= 500) throw new GeoError('unreachable', `HTTP ${status}`);
      if (status === 400) throw new GeoError('invalid-input', JSON.stringify(body));
      if (status !== 200 || body === undefined)
        throw new GeoError('bad-response', `HTTP ${status}`);
      return parseBanResponse(body, q)[0] ?? null;
    },
  };
}
