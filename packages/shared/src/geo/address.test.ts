import { describe, expect, it } from 'vitest';
import {
  ADDRESS_QUERY_MAX_LENGTH,
  addressQuerySchema,
  geocodedAddressSchema,
  normaliseAddressQuery,
} from './address.js';
import { pointOfInterestInput, poiTypeLabels, poiTypes } from './poi.js';

describe('normaliseAddressQuery', () => {
  it('trims and collapses spaces, tabs and line breaks', () => {
    expect(normaliseAddressQuery('  12   rue\tVendôme\n69006  Lyon ')).toBe(
      '12 rue Vendôme 69006 Lyon',
    );
  });

  it('caps the query at 200 characters without a trailing space', () => {
    const long = `${'a'.repeat(199)} ${'b'.repeat(50)}`;
    const normalised = normaliseAddressQuery(long);
    expect(normalised).toBe('a'.repeat(199));
    expect(normaliseAddressQuery('x'.repeat(500))).toHaveLength(ADDRESS_QUERY_MAX_LENGTH);
  });

  it('leaves an empty query empty', () => {
    expect(normaliseAddressQuery(' \n ')).toBe('');
  });
});

describe('addressQuerySchema', () => {
  it('normalises a typed address', () => {
    expect(addressQuerySchema.parse(' 8  bd du Port ')).toBe('8 bd du Port');
  });

  it('refuses a query too short to search, in French', () => {
    const result = addressQuerySchema.safeParse('  a ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/trop courte/);
  });
});

describe('geocodedAddressSchema', () => {
  const address = {
    label: '18 Rue Duhesme 75018 Paris',
    location: { lat: 48.890787, lng: 2.338562 },
    precision: 'exact',
    postalCode: '75018',
    city: 'Paris',
    score: 0.98,
  };

  it('accepts a geocoded address', () => {
    expect(geocodedAddressSchema.parse(address)).toEqual(address);
  });

  it('refuses coordinates off the globe and unknown precisions', () => {
    expect(
      geocodedAddressSchema.safeParse({ ...address, location: { lat: 91, lng: 2 } }).success,
    ).toBe(false);
    expect(geocodedAddressSchema.safeParse({ ...address, precision: 'door' }).success).toBe(false);
    expect(geocodedAddressSchema.safeParse({ ...address, postalCode: '7501' }).success).toBe(false);
  });
});

describe('points of interest', () => {
  it('has a French label for every type', () => {
    expect(poiTypes.map((type) => poiTypeLabels[type])).toEqual([
      'Travail',
      'École',
      'Famille',
      'Transport',
      'Autre',
    ]);
  });

  it('parses a point of interest and normalises its address', () => {
    expect(
      pointOfInterestInput.parse({
        type: 'school',
        name: ' Lycée du Parc ',
        address: '1 boulevard  Anatole France 69006 Lyon',
      }),
    ).toEqual({
      type: 'school',
      name: 'Lycée du Parc',
      address: '1 boulevard Anatole France 69006 Lyon',
    });
  });

  it('refuses an unknown type with a French message', () => {
    const result = pointOfInterestInput.safeParse({ type: 'gym', name: 'Salle', address: 'Lyon' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Type de lieu inconnu.');
  });
});
