import { describe, expect, it } from 'vitest';
import { LISTING_LIMITS } from '@portail/shared';
import {
  buildListing,
  buildListings,
  propertyTypeFromText,
  type RawListing,
} from './listingBuilder.js';

const raw: RawListing = {
  portal: 'leboncoin',
  portalId: '3083651141',
  url: 'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
  type: 'apartment',
};

describe('buildListing', () => {
  it('skips a listing without id or usable link', () => {
    expect(buildListing({ ...raw, portalId: undefined })).toBeNull();
    expect(buildListing({ ...raw, portalId: '  ' })).toBeNull();
    expect(buildListing({ ...raw, url: undefined })).toBeNull();
    expect(buildListing({ ...raw, url: '/ad/ventes_immobilieres/3083651141' })).toBeNull();
    expect(buildListing({ ...raw, url: 'javascript:alert(1)' })).toBeNull();
  });

  it('keeps a listing that only has an id and a link, with a title made from what is known', () => {
    expect(buildListing({ ...raw, city: 'Paris' })).toEqual({
      ...raw,
      title: 'Appartement – Paris',
      city: 'Paris',
      photos: [],
    });
    expect(buildListing({ ...raw, type: 'house', rooms: 5, surface: 120.5 })?.title).toBe(
      'Maison 5 pièces 120,5 m²',
    );
  });

  it('drops absurd or negative numbers instead of storing them', () => {
    const listing = buildListing({
      ...raw,
      price: 1,
      surface: -12,
      rooms: 250,
      bedrooms: -1,
      lat: 0,
      lng: 0,
    });
    expect(listing).not.toBeNull();
    expect(listing).not.toHaveProperty('price');
    expect(listing).not.toHaveProperty('surface');
    expect(listing).not.toHaveProperty('rooms');
    expect(listing).not.toHaveProperty('bedrooms');
    expect(listing).not.toHaveProperty('location');
    expect(buildListing({ ...raw, price: 2e9 })).not.toHaveProperty('price');
  });

  it('caps texts and photo lists, and makes photo links absolute', () => {
    const listing = buildListing({
      ...raw,
      title: 'T'.repeat(1000),
      description: `<p>Bel appartement</p>${'mot '.repeat(5000)}`,
      photos: [
        '/photos/1.jpg',
        'https://img.example/2.jpg',
        'https://img.example/2.jpg',
        'data:image/png;base64,AAAA',
        undefined,
        ...Array.from({ length: 80 }, (_, i) => `https://img.example/${i + 3}.jpg`),
      ],
    })!;
    expect(listing.title.length).toBeLessThanOrEqual(LISTING_LIMITS.titleMax);
    expect(listing.description!.length).toBeLessThanOrEqual(LISTING_LIMITS.descriptionMax);
    expect(listing.description!.startsWith('Bel appartement\n')).toBe(true);
    expect(listing.photos).toHaveLength(LISTING_LIMITS.photosMax);
    expect(listing.photos.slice(0, 3)).toEqual([
      'https://www.leboncoin.fr/photos/1.jpg',
      'https://img.example/2.jpg',
      'https://img.example/3.jpg',
    ]);
  });

  it('keeps DPE and GES letters A to G only, and restores a lost leading zero', () => {
    const listing = buildListing({
      ...raw,
      energyRating: 'd',
      greenhouseRating: 'VI',
      postalCode: '1000',
    })!;
    expect(listing.energyRating).toBe('D');
    expect(listing).not.toHaveProperty('greenhouseRating');
    expect(listing.postalCode).toBe('01000');
    expect(buildListing({ ...raw, postalCode: '750' })).not.toHaveProperty('postalCode');
  });

  it('counts what it skips', () => {
    const { listings, skipped } = buildListings([raw, { ...raw, portalId: undefined }, raw]);
    expect(listings).toHaveLength(2);
    expect(skipped).toBe(1);
  });
});

describe('propertyTypeFromText', () => {
  it.each([
    ['Appartement à vendre', 'apartment'],
    ['Maison 5 pièces 4 chambres', 'house'],
    ['Château', 'house'],
    ['Terrain à bâtir', 'land'],
    ['Local commercial', 'commercial'],
    ['Bureaux 120 m²', 'commercial'],
  ])('reads "%s" as %s', (text, type) => {
    expect(propertyTypeFromText(text)).toBe(type);
  });

  it('does not guess from unrelated words', () => {
    expect(propertyTypeFromText('Parking')).toBeUndefined();
    expect(propertyTypeFromText(undefined)).toBeUndefined();
  });
});
