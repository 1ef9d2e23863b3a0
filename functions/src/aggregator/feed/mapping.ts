import type { PropertyType } from '@portail/shared';

/**
 * Where a licensed feed keeps each field, as dotted paths tried in order (`adverts.0.url`).
 * The default follows the Hydra collections of API Platform that French listing aggregators
 * serve (Melo's `/documents/properties`); another aggregator is one more mapping, not code.
 */
export interface FeedFieldMapping {
  items: string;
  total: string[];
  next: string[];
  id: string[];
  url: string[];
  title: string[];
  price: string[];
  surface: string[];
  landSurface: string[];
  rooms: string[];
  bedrooms: string[];
  type: string[];
  city: string[];
  postalCode: string[];
  address: string[];
  lat: string[];
  lng: string[];
  /** A `[lng, lat]` pair (GeoJSON order), tried when `lat`/`lng` are absent. */
  coordinates: string[];
  photos: string[];
  description: string[];
  energyRating: string[];
  greenhouseRating: string[];
  publishedAt: string[];
  /** The feed's type codes (as text) to the product's types; anything else is `other`. */
  types: Record<string, PropertyType>;
}

/** Query parameters of the feed's search; array parameters repeat (`propertyTypes[]=0&…`). */
export interface FeedQueryMapping {
  searchPath: string;
  listingPath: string;
  fixed: Record<string, string>;
  page: string;
  itemsPerPage: string;
  priceMin: string;
  priceMax: string;
  surfaceMin: string;
  surfaceMax: string;
  roomsMin: string;
  types: string;
  postalCodes: string;
  /** The product's types to the feed's codes. */
  typeCodes: Partial<Record<PropertyType, string[]>>;
}

export const hydraFieldMapping: FeedFieldMapping = {
  items: 'hydra:member',
  total: ['hydra:totalItems'],
  next: ['hydra:view.hydra:next'],
  id: ['uuid', '@id'],
  url: ['adverts.0.url', 'url'],
  title: ['title'],
  price: ['price'],
  surface: ['surface'],
  landSurface: ['landSurface'],
  rooms: ['room'],
  bedrooms: ['bedroom'],
  type: ['propertyType'],
  city: ['city.name'],
  postalCode: ['city.zipcode', 'postcode'],
  address: ['address'],
  lat: ['location.lat', 'latitude'],
  lng: ['location.lon', 'longitude'],
  coordinates: ['coordinates'],
  photos: ['pictures', 'picturesRemote'],
  description: ['description'],
  energyRating: ['energy.category'],
  greenhouseRating: ['greenHouse.category'],
  publishedAt: ['createdAt'],
  types: { '0': 'apartment', '1': 'house', '4': 'commercial', '5': 'land', '6': 'commercial' },
};

export const hydraQueryMapping: FeedQueryMapping = {
  searchPath: '/documents/properties',
  listingPath: '/documents/properties/',
  fixed: { transactionType: '0', 'order[createdAt]': 'desc' },
  page: 'page',
  itemsPerPage: 'itemsPerPage',
  priceMin: 'budgetMin',
  priceMax: 'budgetMax',
  surfaceMin: 'surfaceMin',
  surfaceMax: 'surfaceMax',
  roomsMin: 'roomMin',
  types: 'propertyTypes[]',
  postalCodes: 'zipcodes[]',
  typeCodes: {
    apartment: ['0'],
    house: ['1'],
    commercial: ['4', '6'],
    land: ['5'],
    other: ['2', '3'],
  },
};
