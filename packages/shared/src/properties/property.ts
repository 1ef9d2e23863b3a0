import { z } from 'zod';
import { propertyTypes, type PropertyType } from '../pipeline/stages.js';
import { keywordsOf } from '../search/keywords.js';
import { energyRatings } from '../aggregator/listing.js';

/**
 * A property of the agency (H2): what staff enter (`savePropertyInput`, parsed by saveProperty),
 * what the backend adds (location, photos, search keywords), and the copy a client sees on each of
 * their assignments (`clientSnapshot`), which never carries private details.
 */

export const addressPrecisions = ['exact', 'street', 'postalCode'] as const;
export type AddressPrecision = (typeof addressPrecisions)[number];

export const PROPERTY_MAX_PHOTOS = 40;
export const MAX_PRICE = 100_000_000;

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .max(max, { error: `${label} : ${max.toLocaleString('fr-FR')} caractères au plus.` });

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} : indiquez un nombre.` })
    .int({ error: `${label} : un nombre entier.` })
    .min(min, { error: `${label} : au moins ${min.toLocaleString('fr-FR')}.` })
    .max(max, { error: `${label} : au plus ${max.toLocaleString('fr-FR')}.` });

export const propertyAddressSchema = z.object({
  street: text(200, 'L’adresse'),
  postalCode: z
    .string({ error: 'Le code postal est obligatoire.' })
    .trim()
    .regex(/^\d{5}$/, { error: 'Code postal : 5 chiffres.' }),
  city: text(100, 'La ville').min(1, { error: 'La ville est obligatoire.' }),
});
export type PropertyAddress = z.infer<typeof propertyAddressSchema>;

const httpUrl = z
  .string()
  .trim()
  .max(2000, { error: 'Lien : 2 000 caractères au plus.' })
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/.test(value), {
    error: 'Le lien doit commencer par http:// ou https://.',
  });

export const propertyFieldsSchema = z
  .object({
    title: text(140, 'Le titre').min(1, { error: 'Le titre est obligatoire.' }),
    type: z.enum(propertyTypes, { error: 'Choisissez un type de bien.' }),
    price: wholeNumber('Le prix', 1, MAX_PRICE),
    surface: z
      .number({ error: 'La surface : indiquez un nombre.' })
      .positive({ error: 'La surface doit être positive.' })
      .max(100_000, { error: 'La surface : au plus 100 000 m².' })
      .transform((value) => Math.round(value * 10) / 10),
    rooms: wholeNumber('Le nombre de pièces', 0, 50),
    bedrooms: wholeNumber('Le nombre de chambres', 0, 50).nullable().default(null),
    description: text(10_000, 'La description').default(''),
    address: propertyAddressSchema,
    addressPrecision: z.enum(addressPrecisions).default('exact'),
    energyRating: z.enum(energyRatings).nullable().default(null),
    privateNote: text(5000, 'La note privée').default(''),
    sourceUrl: httpUrl.default(''),
    showSourceToClient: z.boolean().default(false),
  })
  .refine((property) => property.rooms >= 1 || !livingTypes.includes(property.type), {
    error: 'Un appartement ou une maison compte au moins une pièce.',
    path: ['rooms'],
  })
  .refine((property) => property.bedrooms === null || property.bedrooms <= property.rooms, {
    error: 'Il ne peut y avoir plus de chambres que de pièces.',
    path: ['bedrooms'],
  });
export type PropertyFields = z.infer<typeof propertyFieldsSchema>;

const livingTypes: readonly PropertyType[] = ['apartment', 'house'];

export const savePropertyInput = z.object({
  /** Absent: a new property. */
  propertyId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' })
    .optional(),
  fields: propertyFieldsSchema,
});
export type SavePropertyInput = z.infer<typeof savePropertyInput>;
export interface SavePropertyResult {
  propertyId: string;
  /** How the address was placed on the map: found (with its precision), not found, or not tried. */
  geocode:
    | { status: 'found'; label: string; precision: string }
    | { status: 'not-found' | 'unavailable' | 'unchanged' };
}

export const propertyRefInput = z.object({
  propertyId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' }),
});

/** One photo of a property; files live under `tenants/{t}/properties/{p}/photos/{id}/`. */
export interface PropertyPhoto {
  id: string;
  width: number;
  height: number;
}

/** The sizes the apps show, each the longest side in pixels; the original is kept beside them. */
export const photoSizes = { thumb: 320, phone: 960, full: 1920 } as const;
export type PhotoSize = keyof typeof photoSizes;

export const updatePhotosInput = z.object({
  propertyId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' }),
  /** The photos in the order wanted (the first is the cover). */
  order: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
    .max(PROPERTY_MAX_PHOTOS, { error: `Un bien compte au plus ${PROPERTY_MAX_PHOTOS} photos.` }),
  /**
   * The photos to delete, named: a photo the order does not name (one uploaded from another tab
   * meanwhile) is kept, after the others, never deleted by omission.
   */
  remove: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
    .max(PROPERTY_MAX_PHOTOS)
    .default([]),
});

/** Where a property stands as stored (staff read it). */
export interface PropertyRecord extends Omit<
  PropertyFields,
  'privateNote' | 'sourceUrl' | 'showSourceToClient'
> {
  location: { lat: number; lng: number } | null;
  geocode: { label: string; precision: string; score: number } | null;
  photos: PropertyPhoto[];
  keywords: string[];
  example?: boolean;
}

/** Where the PDFs generated from a property (its sheet) are kept, deleted with it. */
export const propertyGeneratedPrefix = (tenantId: string, propertyId: string) =>
  `tenants/${tenantId}/properties/${propertyId}/generated/`;

/** Where a property's files live in Storage: `…/photos/{photoId}/{size | 'original'}`. */
export const propertyPhotosPrefix = (tenantId: string, propertyId: string) =>
  `tenants/${tenantId}/properties/${propertyId}/photos/`;
export const propertyPhotoPath = (
  tenantId: string,
  propertyId: string,
  photoId: string,
  size: PhotoSize | 'original',
) => `${propertyPhotosPrefix(tenantId, propertyId)}${photoId}/${size}`;

export interface PropertyLocation {
  location: { lat: number; lng: number };
  geocode: { label: string; precision: string; score: number };
}

/**
 * A property document's fields (without timestamps and photos): what staff see, the search
 * keywords and the location. The private details are `propertyDetails`, in `private/details`.
 */
export function propertyStoredFields(fields: PropertyFields, located: PropertyLocation | null) {
  const { privateNote: _note, sourceUrl: _url, showSourceToClient: _show, ...visible } = fields;
  return {
    ...visible,
    keywords: propertyKeywords(fields),
    location: located?.location ?? null,
    geocode: located?.geocode ?? null,
  };
}

export function propertyDetails(fields: PropertyFields) {
  return {
    note: fields.privateNote,
    sourceUrl: fields.sourceUrl,
    showSourceToClient: fields.showSourceToClient,
  };
}

/** The search keywords of a property: its title, city and postal code. */
export function propertyKeywords(fields: Pick<PropertyFields, 'title' | 'address'>): string[] {
  return keywordsOf([fields.title, fields.address.city, fields.address.postalCode]);
}

/** The street without its number, for a property shown "at street level". */
export function streetOnly(street: string): string {
  return street.replace(/^\s*\d+\s*(bis|ter|quater|[a-z])?\b[\s,]*/i, '').trim();
}

/** What a client is told of the address, as precise as the hunter chose. */
export function clientAddressLabel(address: PropertyAddress, precision: AddressPrecision): string {
  const place = `${address.postalCode} ${address.city}`.trim();
  if (precision === 'postalCode' || !address.street) return place;
  const street = precision === 'street' ? streetOnly(address.street) : address.street;
  return street ? `${street}, ${place}` : place;
}

/**
 * The client's copy of a property, on each of their assignments: only what a client may see.
 * The source link is there only while the hunter shows it; private notes never are.
 */
export interface ClientSnapshot {
  title: string;
  type: PropertyType;
  price: number;
  surface: number;
  rooms: number;
  bedrooms: number | null;
  description: string;
  city: string;
  postalCode: string;
  addressLabel: string;
  location: { lat: number; lng: number } | null;
  energyRating: string | null;
  photos: PropertyPhoto[];
}

export function clientSnapshot(property: PropertyRecord): ClientSnapshot {
  return {
    title: property.title,
    type: property.type,
    price: property.price,
    surface: property.surface,
    rooms: property.rooms,
    bedrooms: property.bedrooms ?? null,
    description: property.description,
    city: property.address.city,
    postalCode: property.address.postalCode,
    addressLabel: clientAddressLabel(property.address, property.addressPrecision),
    location: property.location,
    energyRating: property.energyRating ?? null,
    photos: property.photos.map(({ id, width, height }) => ({ id, width, height })),
  };
}
