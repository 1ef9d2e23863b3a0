import type { PropertyType } from '@portail/shared';
import type { RawListing } from '../parsing/listingBuilder.js';
import { propertyTypeFromText } from '../parsing/listingBuilder.js';
import { parseFrenchNumber, toNumber } from '../parsing/numbers.js';
import { toIsoDate } from '../parsing/dates.js';
import { asArray, asRecord, asString, get } from '../parsing/values.js';
import { canonicalSelogerUrl } from './urls.js';

// `rawData.propertyType` as the SeLoger state writes it.
const RAW_TYPES: Record<string, PropertyType> = {
  APARTMENT: 'apartment',
  FLAT: 'apartment',
  STUDIO: 'apartment',
  LOFT: 'apartment',
  DUPLEX: 'apartment',
  HOUSE: 'house',
  VILLA: 'house',
  CASTLE: 'house',
  TOWNHOUSE: 'house',
  FARM: 'house',
  LAND: 'land',
  PLOT: 'land',
  SHOP: 'commercial',
  OFFICE: 'commercial',
  PREMISES: 'commercial',
  COMMERCIAL: 'commercial',
  BUSINESS: 'commercial',
};

function factValue(facts: unknown, type: string): string | undefined {
  for (const fact of asArray(facts) ?? []) {
    if (get(fact, 'type') === type)
      return asString(get(fact, 'splitValue')) ?? asString(get(fact, 'value'));
  }
  return undefined;
}

function fromKeyfacts(keyfacts: unknown, pattern: RegExp): number | undefined {
  for (const fact of asArray(keyfacts) ?? []) {
    const text = asString(fact);
    if (text !== undefined && pattern.test(text)) return parseFrenchNumber(text);
  }
  return undefined;
}

function withoutTransaction(heading: string | undefined): string | undefined {
  return heading?.replace(/\s+à\s+(vendre|louer)\b.*$/i, '').trim() || undefined;
}

function buildTitle(
  heading: string | undefined,
  rooms: number | undefined,
  surface: number | undefined,
): string | undefined {
  const base = withoutTransaction(heading);
  if (base === undefined) return undefined;
  const parts = [base];
  if (rooms !== undefined) parts.push(`${rooms} pièce${rooms > 1 ? 's' : ''}`);
  if (surface !== undefined) parts.push(`${String(surface).replace('.', ',')} m²`);
  return parts.join(' ');
}

/**
 * One SeLoger classified, from a results page (`classifiedsData[id]`, `classifiedList`) or from a
 * listing page (`app_cldp.data.classified`, `classified-detail-init-data`): both shapes share
 * `id`, `rawData` and `metadata`; results put the rest at the top, listing pages in `sections`.
 */
export function readSelogerClassified(classified: unknown): RawListing {
  const c = asRecord(classified) ?? {};
  const sections = asRecord(c.sections) ?? {};
  const rawData = asRecord(c.rawData) ?? {};
  const hardFacts = asRecord(c.hardFacts) ?? asRecord(sections.hardFacts) ?? {};
  const address =
    asRecord(get(c, 'location', 'address')) ?? asRecord(get(sections, 'location', 'address')) ?? {};
  const heading = asString(hardFacts.title);

  const surface =
    toNumber(get(rawData, 'surface', 'main')) ??
    toNumber(factValue(hardFacts.facts, 'livingSpace')) ??
    fromKeyfacts(hardFacts.keyfacts, /m²|m2/) ??
    toNumber(get(rawData, 'surface', 'plot'));
  const rooms =
    toNumber(rawData.nbroom) ??
    toNumber(factValue(hardFacts.facts, 'numberOfRooms')) ??
    fromKeyfacts(hardFacts.keyfacts, /pi[eè]ces?\b/i);
  const bedrooms =
    toNumber(rawData.nbbedroom) ??
    toNumber(factValue(hardFacts.facts, 'numberOfBedrooms')) ??
    fromKeyfacts(hardFacts.keyfacts, /chambres?\b/i);
  const price =
    toNumber(rawData.price) ??
    toNumber(get(hardFacts, 'price', 'ariaLabel')) ??
    toNumber(get(hardFacts, 'price', 'value')) ??
    toNumber(get(hardFacts, 'price', 'formatted')) ??
    toNumber(get(c, 'tracking', 'av_items', 0, 'price'));
  const rawType = asString(rawData.propertyType)?.toUpperCase();
  const type =
    (rawType !== undefined ? RAW_TYPES[rawType] : undefined) ??
    propertyTypeFromText(asString(rawData.propertyTypeLabel)) ??
    propertyTypeFromText(heading) ??
    'other';
  const coordinates = asArray(get(sections, 'location', 'geometry', 'coordinates'));
  const photos =
    asArray(get(c, 'gallery', 'images')) ?? asArray(get(c, 'domains', 'medias', 'images'));
  const href = asString(c.url);

  return {
    portal: 'seloger',
    portalId:
      asString(c.id) ??
      asString(get(c, 'metadata', 'id')) ??
      asString(get(c, 'metadata', 'legacyId')),
    url: href === undefined ? undefined : canonicalSelogerUrl(href),
    title: buildTitle(heading, rooms, surface),
    price,
    surface,
    rooms,
    bedrooms,
    type,
    city: asString(address.city),
    postalCode: asString(address.zipCode),
    address: asString(address.street),
    lng: toNumber(coordinates?.[0]),
    lat: toNumber(coordinates?.[1]),
    photos: (photos ?? []).map((image) => asString(get(image, 'url'))),
    description:
      asString(get(c, 'mainDescription', 'description')) ??
      asString(get(sections, 'description', 'description')),
    energyRating: asString(c.energyClass) ?? asString(rawData.energyClass),
    greenhouseRating: asString(c.gesClass) ?? asString(rawData.gesClass),
    publishedAt: toIsoDate(get(c, 'metadata', 'creationDate')),
  };
}
