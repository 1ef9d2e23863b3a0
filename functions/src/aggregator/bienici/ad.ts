import type { PropertyType } from '@portail/shared';
import type { RawListing } from '../parsing/listingBuilder.js';
import { toIsoDate } from '../parsing/dates.js';
import { toNumber } from '../parsing/numbers.js';
import { asArray, asRecord, asString, get } from '../parsing/values.js';
import { bieniciListingUrl } from './urls.js';

/** `propertyType` values of realEstateAds.json and what they are to the product. */
export const BIENICI_TYPES: Record<string, PropertyType> = {
  flat: 'apartment',
  loft: 'apartment',
  house: 'house',
  castle: 'house',
  townhouse: 'house',
  terrain: 'land',
  land: 'land',
  office: 'commercial',
  premises: 'commercial',
  shop: 'commercial',
  building: 'other',
  parking: 'other',
  annexe: 'other',
  others: 'other',
};

/** One ad of `realEstateAds.json` or the answer of `realEstateAd.json?id=…`: the same shape. */
export function readBieniciAd(ad: unknown): RawListing {
  const a = asRecord(ad) ?? {};
  const id = asString(a.id);
  const type = BIENICI_TYPES[asString(a.propertyType) ?? ''] ?? 'other';
  const surface =
    toNumber(a.surfaceArea) ?? (type === 'land' ? toNumber(a.landSurfaceArea) : undefined);
  const photos = asArray(a.photos) ?? [];
  return {
    portal: 'bienici',
    portalId: id,
    url: id === undefined ? undefined : bieniciListingUrl(id),
    // Many ads have `"title": ""`; the listing page's JSON adds a `generatedTitle`.
    title: asString(a.title) ?? asString(a.generatedTitle),
    price: toNumber(a.price),
    surface,
    rooms: toNumber(a.roomsQuantity),
    bedrooms: toNumber(a.bedroomsQuantity),
    type,
    city: asString(a.city),
    postalCode: asString(a.postalCode),
    lat: toNumber(get(a, 'blurInfo', 'position', 'lat')),
    lng: toNumber(get(a, 'blurInfo', 'position', 'lon')),
    photos: photos.map((photo) => asString(get(photo, 'url')) ?? asString(get(photo, 'url_photo'))),
    description: asString(a.description),
    energyRating: asString(a.energyClassification),
    greenhouseRating: asString(a.greenhouseGazClassification),
    publishedAt: toIsoDate(a.publicationDate),
  };
}
