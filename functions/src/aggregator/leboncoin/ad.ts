import type { PropertyType } from '@portail/shared';
import type { RawListing } from '../parsing/listingBuilder.js';
import { propertyTypeFromText } from '../parsing/listingBuilder.js';
import { toIsoDate } from '../parsing/dates.js';
import { fromCents, toNumber } from '../parsing/numbers.js';
import { asArray, asRecord, asString, get } from '../parsing/values.js';
import { LEBONCOIN_ORIGIN } from './urls.js';

/** `real_estate_type` of "Ventes immobilières": 1 Maison, 2 Appartement, 3 Terrain, 4 Parking, 5 Autre. */
export const LEBONCOIN_TYPES: Record<string, PropertyType> = {
  '1': 'house',
  '2': 'apartment',
  '3': 'land',
  '4': 'other',
  '5': 'other',
};

/** `attributes` is a list of `{ key, value, value_label, values }`. */
function attribute(ad: Record<string, unknown>, key: string): { value?: string; label?: string } {
  for (const item of asArray(ad.attributes) ?? []) {
    if (get(item, 'key') === key) {
      return {
        value: asString(get(item, 'value')) ?? asString(get(item, 'values', 0)),
        label: asString(get(item, 'value_label')),
      };
    }
  }
  return {};
}

function typeOf(ad: Record<string, unknown>): PropertyType {
  const realEstateType = attribute(ad, 'real_estate_type');
  if (realEstateType.value !== undefined && realEstateType.value in LEBONCOIN_TYPES) {
    return LEBONCOIN_TYPES[realEstateType.value]!;
  }
  // "Bureaux & Commerces" is a category of its own, without real_estate_type.
  if (/bureaux|commerces/i.test(asString(ad.category_name) ?? '')) return 'commercial';
  return (
    propertyTypeFromText(realEstateType.label) ??
    propertyTypeFromText(asString(ad.subject)) ??
    'other'
  );
}

/** One ad of `finder/search` (`ads[]`), of a search page's `searchData`, or of an ad page. */
export function readLeboncoinAd(ad: unknown): RawListing {
  const a = asRecord(ad) ?? {};
  const type = typeOf(a);
  const href = asString(a.url);
  const square = toNumber(attribute(a, 'square').value);
  const plot = toNumber(attribute(a, 'land_plot_surface').value);
  const images = asRecord(a.images) ?? {};
  const photos = asArray(images.urls_large) ??
    asArray(images.urls) ?? [images.small_url ?? images.thumb_url];
  return {
    portal: 'leboncoin',
    portalId: asString(a.list_id),
    url: href === undefined ? undefined : new URL(href, LEBONCOIN_ORIGIN).toString(),
    title: asString(a.subject),
    // `price` is `[329500]`; `price_cents` the same in cents. Either may be missing.
    price: toNumber(a.price) ?? fromCents(a.price_cents),
    surface: square ?? (type === 'land' ? plot : undefined),
    rooms: toNumber(attribute(a, 'rooms').value),
    bedrooms: toNumber(attribute(a, 'bedrooms').value),
    type,
    city: asString(get(a, 'location', 'city')),
    postalCode: asString(get(a, 'location', 'zipcode')),
    lat: toNumber(get(a, 'location', 'lat')),
    lng: toNumber(get(a, 'location', 'lng')),
    photos: photos.map(asString),
    description: asString(a.body),
    energyRating: attribute(a, 'energy_rate').value,
    greenhouseRating: attribute(a, 'ges').value,
    // Paris wall-clock time, "2025-10-29 23:25:53".
    publishedAt: toIsoDate(a.first_publication_date),
  };
}
