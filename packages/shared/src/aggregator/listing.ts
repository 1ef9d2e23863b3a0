import { z } from 'zod';
import { propertyTypes } from '../pipeline/stages.js';

/** Where a listing was read: one of the three portals, or a licensed aggregator feed (A5). */
export const listingPortals = ['seloger', 'bienici', 'leboncoin', 'feed'] as const;
export const listingPortalSchema = z.enum(listingPortals, { error: 'Source d’annonce inconnue.' });
export type ListingPortal = z.infer<typeof listingPortalSchema>;

/** DPE and GES labels; portals also send "VI" (vierge), "NS" (non soumis) or "N" (neuf): no label. */
export const energyRatings = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export const energyRatingSchema = z.enum(energyRatings, {
  error: 'Classe énergie attendue de A à G.',
});
export type EnergyRating = z.infer<typeof energyRatingSchema>;

export const listingTypeSchema = z.enum(propertyTypes, { error: 'Type de bien inconnu.' });

/**
 * Bounds of a stored listing. A value outside them is a portal's placeholder ("1 €", "0 m²") or
 * a parsing accident, never a property: adapters drop such a value rather than keep garbage.
 */
export const LISTING_LIMITS = {
  minPrice: 100,
  maxPrice: 100_000_000,
  maxSurface: 1_000_000,
  maxRooms: 100,
  portalIdMax: 200,
  urlMax: 2048,
  titleMax: 300,
  descriptionMax: 10_000,
  cityMax: 120,
  addressMax: 300,
  photosMax: 50,
} as const;

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Adresse web attendue (http ou https).' })
  .max(LISTING_LIMITS.urlMax, { error: 'Adresse web trop longue.' });

export const listingLocationSchema = z.object(
  {
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  },
  { error: 'Coordonnées invalides.' },
);
export type ListingLocation = z.infer<typeof listingLocationSchema>;

/** One listing as read on one source, whatever the source's own shape. */
export const listingSchema = z.object({
  portal: listingPortalSchema,
  portalId: z
    .string()
    .min(1, { error: 'Identifiant d’annonce manquant.' })
    .max(LISTING_LIMITS.portalIdMax),
  url: httpUrl,
  title: z.string().min(1).max(LISTING_LIMITS.titleMax),
  /** Euros, asking price (fees included when the portal says so). */
  price: z
    .number()
    .min(LISTING_LIMITS.minPrice, { error: 'Prix trop bas pour un bien.' })
    .max(LISTING_LIMITS.maxPrice, { error: 'Prix hors limites.' })
    .optional(),
  /** Square metres: living area, or the plot for land. */
  surface: z
    .number()
    .positive({ error: 'La surface doit être positive.' })
    .max(LISTING_LIMITS.maxSurface, { error: 'Surface hors limites.' })
    .optional(),
  rooms: z.number().int().min(0).max(LISTING_LIMITS.maxRooms).optional(),
  bedrooms: z.number().int().min(0).max(LISTING_LIMITS.maxRooms).optional(),
  type: listingTypeSchema,
  city: z.string().min(1).max(LISTING_LIMITS.cityMax).optional(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, { error: 'Code postal attendu sur 5 chiffres.' })
    .optional(),
  /** Street address when the portal publishes one (most hide it). */
  address: z.string().min(1).max(LISTING_LIMITS.addressMax).optional(),
  /** Often blurred by the portal (Bien'ici moves it up to ~100 m): good for a map, not for a door. */
  location: listingLocationSchema.optional(),
  photos: z.array(httpUrl).max(LISTING_LIMITS.photosMax),
  description: z.string().max(LISTING_LIMITS.descriptionMax).optional(),
  energyRating: energyRatingSchema.optional(),
  greenhouseRating: energyRatingSchema.optional(),
  /** ISO 8601, UTC. */
  publishedAt: z.iso.datetime({ error: 'Date de publication invalide.' }).optional(),
});
export type Listing = z.infer<typeof listingSchema>;

/** `seloger:262UMHKCWPS4`: the same source key means the same listing, whatever run read it. */
export function listingSourceKey(listing: Pick<Listing, 'portal' | 'portalId'>): string {
  return `${listing.portal}:${listing.portalId}`;
}
