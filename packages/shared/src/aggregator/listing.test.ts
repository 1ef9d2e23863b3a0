import { describe, expect, it } from 'vitest';
import { listingSchema, listingSourceKey, type Listing } from './listing.js';
import { listingMatchesCriteria, savedSearchCriteriaSchema } from './criteria.js';

const listing: Listing = {
  portal: 'bienici',
  portalId: 'century-21-202_2421_11873',
  url: 'https://www.bienici.com/annonce/century-21-202_2421_11873',
  title: 'Appartement 3 pièces 61 m²',
  price: 432000,
  surface: 61,
  rooms: 3,
  type: 'apartment',
  city: 'Paris 11e',
  postalCode: '75011',
  photos: [],
};

const firstMessage = (input: unknown): string | undefined =>
  savedSearchCriteriaSchema.safeParse(input).error?.issues[0]?.message;

describe('listingSchema', () => {
  it('accepts a listing missing its optional fields', () => {
    expect(
      listingSchema.safeParse({
        portal: 'leboncoin',
        portalId: '1',
        url: 'https://www.leboncoin.fr/ad/x/1',
        title: 'Bien',
        type: 'other',
        photos: [],
      }).success,
    ).toBe(true);
  });

  it('refuses negative or absurd numbers, bad codes and oversized texts', () => {
    for (const change of [
      { price: -5 },
      { price: 50 },
      { price: 5e9 },
      { surface: 0 },
      { surface: 2e6 },
      { rooms: 1.5 },
      { postalCode: '7501' },
      { type: 'castle' },
      { energyRating: 'H' },
      { title: 'x'.repeat(301) },
      { description: 'x'.repeat(10_001) },
      { url: 'ftp://www.bienici.com/annonce/1' },
      { photos: ['/relative.jpg'] },
      { publishedAt: '02/10/2026' },
      { location: { lat: 95, lng: 2 } },
    ]) {
      expect(
        listingSchema.safeParse({ ...listing, ...change }).success,
        JSON.stringify(change),
      ).toBe(false);
    }
  });

  it('names a listing by portal and id', () => {
    expect(listingSourceKey(listing)).toBe('bienici:century-21-202_2421_11873');
  });
});

describe('savedSearchCriteriaSchema', () => {
  it('reads a search, dropping repeated places and types', () => {
    expect(
      savedSearchCriteriaSchema.parse({
        postalCodes: ['75011', ' 75011 '],
        cities: ['Lyon'],
        priceMax: 500000,
        types: ['apartment', 'apartment'],
      }),
    ).toEqual({ postalCodes: ['75011'], cities: ['Lyon'], priceMax: 500000, types: ['apartment'] });
  });

  it('asks for a place, in French', () => {
    expect(firstMessage({})).toBe('Indiquez au moins une ville ou un code postal.');
  });

  it('explains bad values in French', () => {
    expect(firstMessage({ postalCodes: ['7501'] })).toBe('Code postal attendu sur 5 chiffres.');
    expect(firstMessage({ postalCodes: ['75011'], priceMin: 400000, priceMax: 300000 })).toBe(
      'Le prix minimum dépasse le prix maximum.',
    );
    expect(firstMessage({ postalCodes: ['75011'], surfaceMin: 90, surfaceMax: 40 })).toBe(
      'La surface minimum dépasse la surface maximum.',
    );
    expect(firstMessage({ postalCodes: ['75011'], priceMax: -1 })).toBe(
      'Le prix doit être positif.',
    );
    expect(firstMessage({ postalCodes: ['75011'], roomsMin: 0 })).toBe('Au moins une pièce.');
    expect(firstMessage({ postalCodes: ['75011'], types: ['castle'] })).toBe(
      'Type de bien inconnu.',
    );
  });
});

describe('listingMatchesCriteria', () => {
  const criteria = savedSearchCriteriaSchema.parse({
    postalCodes: ['75011'],
    cities: ['Lyon'],
    priceMax: 450000,
    surfaceMin: 50,
    roomsMin: 3,
    types: ['apartment'],
  });

  it('keeps a listing that fits, by postal code or by town (arrondissements included)', () => {
    expect(listingMatchesCriteria(listing, criteria)).toBe(true);
    expect(
      listingMatchesCriteria({ ...listing, postalCode: '69003', city: 'Lyon 3e' }, criteria),
    ).toBe(true);
  });

  it('drops what the portal added around the search', () => {
    expect(
      listingMatchesCriteria({ ...listing, postalCode: '93100', city: 'Montreuil' }, criteria),
    ).toBe(false);
    expect(
      listingMatchesCriteria({ ...listing, postalCode: '69500', city: 'Lyonnais' }, criteria),
    ).toBe(false);
    expect(listingMatchesCriteria({ ...listing, price: 460000 }, criteria)).toBe(false);
    expect(listingMatchesCriteria({ ...listing, surface: 45 }, criteria)).toBe(false);
    expect(listingMatchesCriteria({ ...listing, rooms: 2 }, criteria)).toBe(false);
    expect(listingMatchesCriteria({ ...listing, type: 'other' }, criteria)).toBe(false);
  });

  it('does not hold missing values against a listing', () => {
    const { price: _p, surface: _s, rooms: _r, city: _c, postalCode: _pc, ...bare } = listing;
    expect(listingMatchesCriteria(bare, criteria)).toBe(true);
  });
});
