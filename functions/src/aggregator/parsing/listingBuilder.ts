import {
  LISTING_LIMITS,
  energyRatings,
  listingSchema,
  type EnergyRating,
  type Listing,
  type ListingPortal,
  type PropertyType,
} from '@portail/shared';
import { capText, htmlToText } from './text.js';

/** What an adapter read, before bounds: any field may be missing, wrong or absurd. */
export interface RawListing {
  portal: ListingPortal;
  portalId?: string;
  url?: string;
  title?: string;
  price?: number;
  surface?: number;
  rooms?: number;
  bedrooms?: number;
  type: PropertyType;
  city?: string;
  postalCode?: string;
  address?: string;
  lat?: number;
  lng?: number;
  photos?: (string | undefined)[];
  description?: string;
  energyRating?: string;
  greenhouseRating?: string;
  publishedAt?: string;
}

const typeLabels: Record<PropertyType, string> = {
  apartment: 'Appartement',
  house: 'Maison',
  land: 'Terrain',
  commercial: 'Local commercial',
  other: 'Bien',
};

function absoluteHttpUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const text = url.toString();
    return text.length <= LISTING_LIMITS.urlMax ? text : undefined;
  } catch {
    return undefined;
  }
}

function within(value: number | undefined, min: number, max: number): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

function count(value: number | undefined): number | undefined {
  const rounded = value === undefined ? undefined : Math.round(value);
  return within(rounded, 0, LISTING_LIMITS.maxRooms);
}

function energy(value: string | undefined): EnergyRating | undefined {
  const letter = value?.trim().toUpperCase();
  return energyRatings.find((rating) => rating === letter);
}

function shortText(value: string | undefined, max: number): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? capText(text, max) : undefined;
}

function fallbackTitle(raw: RawListing, rooms?: number, surface?: number): string {
  const parts = [typeLabels[raw.type]];
  if (rooms !== undefined && rooms > 0) parts.push(`${rooms} pièce${rooms > 1 ? 's' : ''}`);
  if (surface !== undefined)
    parts.push(`${String(Math.round(surface * 10) / 10).replace('.', ',')} m²`);
  const title = parts.join(' ');
  return raw.city ? `${title} – ${raw.city.trim()}` : title;
}

/**
 * Turns what an adapter read into a stored listing: out-of-bound numbers are dropped, texts
 * capped, photo links made absolute. `null` when the listing has no id or no usable link: it
 * cannot be found again, so it is skipped (and counted) rather than stored.
 */
export function buildListing(raw: RawListing): Listing | null {
  const portalId = raw.portalId?.trim();
  if (!portalId || portalId.length > LISTING_LIMITS.portalIdMax) return null;
  const url = absoluteHttpUrl(raw.url, undefined);
  if (url === undefined) return null;

  const price = within(raw.price, LISTING_LIMITS.minPrice, LISTING_LIMITS.maxPrice);
  const surfaceValue = within(raw.surface, Number.MIN_VALUE, LISTING_LIMITS.maxSurface);
  const surface = surfaceValue === undefined ? undefined : Math.round(surfaceValue * 100) / 100;
  const rooms = count(raw.rooms);
  const bedrooms = count(raw.bedrooms);
  // Codes read as numbers lose their leading zero: 1000 is Bourg-en-Bresse's 01000.
  const trimmedCode = raw.postalCode?.trim();
  const postalCode = trimmedCode?.length === 4 ? `0${trimmedCode}` : trimmedCode;
  const lat = within(raw.lat, -90, 90);
  const lng = within(raw.lng, -180, 180);
  // (0, 0) is the Gulf of Guinea: a portal's "no position", never a French property.
  const location =
    lat !== undefined && lng !== undefined && !(lat === 0 && lng === 0) ? { lat, lng } : undefined;
  const photos = [
    ...new Set(
      (raw.photos ?? [])
        .map((photo) => absoluteHttpUrl(photo, url))
        .filter((photo): photo is string => photo !== undefined),
    ),
  ].slice(0, LISTING_LIMITS.photosMax);
  const description = raw.description === undefined ? '' : htmlToText(raw.description);

  const candidate: Listing = {
    portal: raw.portal,
    portalId,
    url,
    title:
      shortText(raw.title, LISTING_LIMITS.titleMax) ??
      capText(fallbackTitle(raw, rooms, surface), LISTING_LIMITS.titleMax),
    type: raw.type,
    photos,
    ...(price !== undefined && { price }),
    ...(surface !== undefined && { surface }),
    ...(rooms !== undefined && { rooms }),
    ...(bedrooms !== undefined && { bedrooms }),
    ...(shortText(raw.city, LISTING_LIMITS.cityMax) !== undefined && {
      city: shortText(raw.city, LISTING_LIMITS.cityMax),
    }),
    ...(postalCode !== undefined && /^\d{5}$/.test(postalCode) && { postalCode }),
    ...(shortText(raw.address, LISTING_LIMITS.addressMax) !== undefined && {
      address: shortText(raw.address, LISTING_LIMITS.addressMax),
    }),
    ...(location !== undefined && { location }),
    ...(description !== '' && {
      description: capText(description, LISTING_LIMITS.descriptionMax),
    }),
    ...(energy(raw.energyRating) !== undefined && { energyRating: energy(raw.energyRating) }),
    ...(energy(raw.greenhouseRating) !== undefined && {
      greenhouseRating: energy(raw.greenhouseRating),
    }),
    ...(raw.publishedAt !== undefined && { publishedAt: raw.publishedAt }),
  };
  const checked = listingSchema.safeParse(candidate);
  return checked.success ? checked.data : null;
}

/** Builds every entry of a results page, counting those that could not be kept. */
export function buildListings(raws: Iterable<RawListing>): {
  listings: Listing[];
  skipped: number;
} {
  const listings: Listing[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const listing = buildListing(raw);
    if (listing === null) skipped++;
    else listings.push(listing);
  }
  return { listings, skipped };
}

/** Text for a property type written by a portal ("Appartement à vendre", "Maison / Villa"). */
export function propertyTypeFromText(text: string | undefined): PropertyType | undefined {
  if (text === undefined) return undefined;
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/\b(appartement|studio|duplex|triplex|loft)\b/.test(words)) return 'apartment';
  if (/\b(maison|villa|pavillon|propriete|ferme|mas|chateau|manoir|longere|chalet)\b/.test(words)) {
    return 'house';
  }
  if (/\bterrain\b/.test(words)) return 'land';
  if (/\b(local|locaux|bureaux?|boutique|commerce|commercial|entrepot|fonds)\b/.test(words)) {
    return 'commercial';
  }
  return undefined;
}
