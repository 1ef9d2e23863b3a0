import type { PropertyFields } from '../properties/property.js';
import type { Listing } from './listing.js';

export type ListingPropertyProblem = 'missing-price' | 'missing-postal-code' | 'missing-surface';

export const listingPropertyMessages: Record<ListingPropertyProblem, string> = {
  'missing-price': 'L’annonce n’indique pas de prix : le bien ne peut pas être créé.',
  'missing-postal-code': 'L’annonce n’indique pas de code postal : le bien ne peut pas être créé.',
  'missing-surface': 'L’annonce n’indique pas de surface : le bien ne peut pas être créé.',
};

const livingTypes = new Set(['apartment', 'house']);

/**
 * A3/A5: the property a listing becomes, ready for the hunter to complete. Portals hide the street
 * number, so the address is placed at the postal code's town until the hunter edits it.
 */
export function listingToPropertyFields(
  listing: Listing,
): { ok: true; fields: PropertyFields } | { ok: false; problem: ListingPropertyProblem } {
  if (listing.price === undefined) return { ok: false, problem: 'missing-price' };
  if (listing.postalCode === undefined) return { ok: false, problem: 'missing-postal-code' };
  if (listing.surface === undefined) return { ok: false, problem: 'missing-surface' };
  const living = livingTypes.has(listing.type);
  const rooms = Math.min(
    50,
    listing.rooms ?? (listing.bedrooms !== undefined ? listing.bedrooms + 1 : living ? 1 : 0),
  );
  const bedrooms = listing.bedrooms === undefined ? null : Math.min(listing.bedrooms, rooms, 50);
  const city = (listing.city ?? listing.postalCode).slice(0, 100);
  const street = (listing.address ?? '').slice(0, 200);
  return {
    ok: true,
    fields: {
      title: listing.title.trim().slice(0, 140) || 'Annonce importée',
      type: listing.type,
      price: Math.round(listing.price),
      surface: Math.min(100_000, Math.round(listing.surface * 10) / 10),
      rooms: living ? Math.max(1, rooms) : rooms,
      bedrooms,
      description: listing.description ?? '',
      address: { street, postalCode: listing.postalCode, city },
      addressPrecision: street === '' ? 'postalCode' : 'street',
      energyRating: listing.energyRating ?? null,
      privateNote: '',
      sourceUrl: listing.url,
      showSourceToClient: false,
    },
  };
}
