import { z } from 'zod';

/** Both geocoders we know refuse longer queries (BAN answers 400 above 200 characters). */
export const ADDRESS_QUERY_MAX_LENGTH = 200;
/** Below this BAN refuses the query, so the client does not even ask. */
export const ADDRESS_QUERY_MIN_LENGTH = 3;

export const geoPointSchema = z.object(
  {
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  },
  { error: 'Coordonnées invalides.' },
);
export type GeoPoint = z.infer<typeof geoPointSchema>;

/**
 * How close the stored point is to the place: the door (`exact`), somewhere on the street,
 * the centre of a postal code, or the town. The map and the travel times say so.
 */
export const geocodePrecisions = ['exact', 'street', 'postalCode', 'city'] as const;
export const geocodePrecisionSchema = z.enum(geocodePrecisions);
export type GeocodePrecision = z.infer<typeof geocodePrecisionSchema>;

export const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/, { error: 'Code postal attendu sur 5 chiffres.' });

export const geocodedAddressSchema = z.object({
  label: z.string().min(1).max(ADDRESS_QUERY_MAX_LENGTH),
  location: geoPointSchema,
  precision: geocodePrecisionSchema,
  postalCode: postalCodeSchema,
  city: z.string().min(1).max(120),
  /** The geocoder's confidence, 0–1: a low score is kept so the caller can ask the user. */
  score: z.number().min(0).max(1),
});
export type GeocodedAddress = z.infer<typeof geocodedAddressSchema>;

/** Trims, collapses runs of white space (tabs, line breaks from pasted text) and caps the length. */
export function normaliseAddressQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, ADDRESS_QUERY_MAX_LENGTH).trimEnd();
}

/** An address typed by a person, as a form field: normalised, then long enough to search. */
export const addressQuerySchema = z
  .string()
  .transform(normaliseAddressQuery)
  .pipe(
    z.string().min(ADDRESS_QUERY_MIN_LENGTH, {
      error: `Adresse trop courte (${ADDRESS_QUERY_MIN_LENGTH} caractères au moins).`,
    }),
  );
