import { z } from 'zod';
import { propertyTypes } from '../pipeline/stages.js';
import { LISTING_LIMITS, type Listing } from './listing.js';

const MAX_PLACES = 20;

const cityName = z
  .string({ error: 'Nom de ville attendu.' })
  .trim()
  .min(1, { error: 'Nom de ville vide.' })
  .max(LISTING_LIMITS.cityMax, { error: 'Nom de ville trop long.' });

const postalCode = z
  .string({ error: 'Code postal attendu.' })
  .trim()
  .regex(/^\d{5}$/, { error: 'Code postal attendu sur 5 chiffres.' });

const price = z
  .number({ error: 'Prix attendu en euros.' })
  .int({ error: 'Prix attendu en euros entiers.' })
  .positive({ error: 'Le prix doit être positif.' })
  .max(LISTING_LIMITS.maxPrice, { error: 'Prix hors limites.' });

const surface = z
  .number({ error: 'Surface attendue en m².' })
  .positive({ error: 'La surface doit être positive.' })
  .max(LISTING_LIMITS.maxSurface, { error: 'Surface hors limites.' });

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** A1: what one saved search asks every source for. No type means every type. */
export const savedSearchCriteriaSchema = z
  .object({
    cities: z
      .array(cityName)
      .max(MAX_PLACES, { error: `${MAX_PLACES} villes au plus.` })
      .default([])
      .transform(unique),
    postalCodes: z
      .array(postalCode)
      .max(MAX_PLACES, { error: `${MAX_PLACES} codes postaux au plus.` })
      .default([])
      .transform(unique),
    priceMin: price.optional(),
    priceMax: price.optional(),
    surfaceMin: surface.optional(),
    surfaceMax: surface.optional(),
    roomsMin: z
      .number({ error: 'Nombre de pièces attendu.' })
      .int({ error: 'Nombre de pièces entier attendu.' })
      .min(1, { error: 'Au moins une pièce.' })
      .max(20, { error: '20 pièces au plus.' })
      .optional(),
    types: z
      .array(z.enum(propertyTypes, { error: 'Type de bien inconnu.' }))
      .default([])
      .transform(unique),
  })
  .superRefine((criteria, ctx) => {
    if (criteria.cities.length === 0 && criteria.postalCodes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['postalCodes'],
        message: 'Indiquez au moins une ville ou un code postal.',
      });
    }
    if (
      criteria.priceMin !== undefined &&
      criteria.priceMax !== undefined &&
      criteria.priceMin > criteria.priceMax
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['priceMin'],
        message: 'Le prix minimum dépasse le prix maximum.',
      });
    }
    if (
      criteria.surfaceMin !== undefined &&
      criteria.surfaceMax !== undefined &&
      criteria.surfaceMin > criteria.surfaceMax
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['surfaceMin'],
        message: 'La surface minimum dépasse la surface maximum.',
      });
    }
  });
export type SavedSearchCriteria = z.infer<typeof savedSearchCriteriaSchema>;
export type SavedSearchCriteriaInput = z.input<typeof savedSearchCriteriaSchema>;

/** Lower case, no accents, words separated by one space: "Saint-Étienne" → "saint etienne". */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function cityMatches(listingCity: string, wanted: string): boolean {
  const city = normalisePlaceName(listingCity);
  const target = normalisePlaceName(wanted);
  // Portals write arrondissements after the town: "Paris 5e", "Lyon 3eme" belong to "Paris", "Lyon".
  return (
    city === target || (city.startsWith(`${target} `) && /^\d/.test(city.slice(target.length + 1)))
  );
}

/**
 * Whether a listing a portal returned really fits the search. Portals widen searches on their
 * own (nearby towns, "extended" results), so results are checked again; a value the listing does
 * not give is not held against it.
 */
export function listingMatchesCriteria(listing: Listing, criteria: SavedSearchCriteria): boolean {
  const knowsPlace = listing.postalCode !== undefined || listing.city !== undefined;
  if (knowsPlace) {
    const byPostalCode =
      listing.postalCode !== undefined && criteria.postalCodes.includes(listing.postalCode);
    const byCity =
      listing.city !== undefined &&
      criteria.cities.some((city) => cityMatches(listing.city!, city));
    if (!byPostalCode && !byCity) return false;
  }
  if (listing.price !== undefined) {
    if (criteria.priceMin !== undefined && listing.price < criteria.priceMin) return false;
    if (criteria.priceMax !== undefined && listing.price > criteria.priceMax) return false;
  }
  if (listing.surface !== undefined) {
    if (criteria.surfaceMin !== undefined && listing.surface < criteria.surfaceMin) return false;
    if (criteria.surfaceMax !== undefined && listing.surface > criteria.surfaceMax) return false;
  }
  if (listing.rooms !== undefined && criteria.roomsMin !== undefined) {
    if (listing.rooms < criteria.roomsMin) return false;
  }
  if (criteria.types.length > 0 && !criteria.types.includes(listing.type)) return false;
  return true;
}
