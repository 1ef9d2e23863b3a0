import { z } from 'zod';
import type { GeocodedAddress, GeocodePrecision } from './address.js';
import { GeoError } from './errors.js';

/**
 * The BAN address API (api-adresse.data.gouv.fr, now data.geopf.fr/geocodage): a GeoJSON
 * FeatureCollection following GeocodeJSON. Only what we use is checked; BAN adds fields over time.
 */
export const banResultTypes = ['housenumber', 'street', 'locality', 'municipality'] as const;
export type BanResultType = (typeof banResultTypes)[number];

const banFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
  properties: z.object({
    label: z.string().min(1),
    score: z.number(),
    type: z.enum(banResultTypes),
    postcode: z.string().optional(),
    city: z.string().optional(),
  }),
});

export const banResponseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

/** A lieu-dit is placed like a street: somewhere along it, not at a door. */
const precisionOfType: Record<BanResultType, GeocodePrecision> = {
  housenumber: 'exact',
  street: 'street',
  locality: 'street',
  municipality: 'city',
};

const postalCodeToken = /^\d{5}$/;

function fold(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A query that names a postal code and nothing more specific than the town ("69006",
 * "69006 Lyon", "75007 Paris cedex") is only as precise as that postal code, whatever BAN
 * matched it with (it may answer with a street or the arrondissement).
 */
export function isPostalCodeQuery(query: string, cityWords: string): boolean {
  const tokens = fold(query);
  const codes = tokens.filter((token) => postalCodeToken.test(token));
  if (codes.length !== 1) return false;
  const allowed = new Set([...fold(cityWords), 'cedex']);
  return tokens.every((token) => postalCodeToken.test(token) || allowed.has(token));
}

/**
 * Turns a BAN answer into our results, best first as BAN ranks them. Features we cannot place
 * (no postal code or town) are left out; an empty collection is no result. A low score is kept.
 */
export function parseBanResponse(body: unknown, query: string): GeocodedAddress[] {
  const collection = banResponseSchema.safeParse(body);
  if (!collection.success) throw new GeoError('bad-response', 'not a FeatureCollection');
  const results: GeocodedAddress[] = [];
  for (const raw of collection.data.features) {
    const feature = banFeatureSchema.safeParse(raw);
    if (!feature.success) throw new GeoError('bad-response', feature.error.issues[0]?.message);
    const { label, score, type, postcode, city } = feature.data.properties;
    if (!postcode || !postalCodeToken.test(postcode) || !city) continue;
    const [lng, lat] = feature.data.geometry.coordinates;
    // A municipality's label is the town's own name ("Paris 15e Arrondissement"); a street's is not.
    const townWords = type === 'municipality' ? `${city} ${label}` : city;
    const byPostalCode = type !== 'housenumber' && isPostalCodeQuery(query, townWords);
    results.push({
      label: label.slice(0, 200),
      location: { lat, lng },
      precision: byPostalCode ? 'postalCode' : precisionOfType[type],
      postalCode: postcode,
      city,
      score: Math.min(1, Math.max(0, score)),
    });
  }
  return results;
}
