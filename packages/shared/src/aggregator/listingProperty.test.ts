import { describe, expect, it } from 'vitest';
import { propertyFieldsSchema } from '../properties/property.js';
import type { Listing } from './listing.js';
import { listingToPropertyFields } from './listingProperty.js';
import { saveSearchInput, setPortalScrapingInput } from './savedSearch.js';

const listing = (overrides: Partial<Listing> = {}): Listing => ({
  portal: 'seloger',
  portalId: '2KQ8ZR1FV9CE',
  url: 'https://www.seloger.com/annonce/achat/x/2KQ8ZR1FV9CE',
  title: 'Appartement 3 pièces 61 m²',
  price: 425_000,
  surface: 61.44,
  rooms: 3,
  bedrooms: 2,
  type: 'apartment',
  city: 'Paris 11ème',
  postalCode: '75011',
  photos: [],
  energyRating: 'D',
  ...overrides,
});

describe('listingToPropertyFields', () => {
  it('fills a property the shared schema accepts, placed at the postal code without a street', () => {
    const mapped = listingToPropertyFields(listing());
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.fields).toMatchObject({
      price: 425_000,
      surface: 61.4,
      rooms: 3,
      bedrooms: 2,
      address: { street: '', postalCode: '75011', city: 'Paris 11ème' },
      addressPrecision: 'postalCode',
      energyRating: 'D',
      sourceUrl: 'https://www.seloger.com/annonce/achat/x/2KQ8ZR1FV9CE',
      showSourceToClient: false,
    });
    expect(propertyFieldsSchema.safeParse(mapped.fields).success).toBe(true);
  });

  it('keeps a street the portal gives, at the street precision', () => {
    const mapped = listingToPropertyFields(listing({ address: '12 rue Oberkampf' }));
    expect(mapped.ok && mapped.fields.addressPrecision).toBe('street');
  });

  it('gives a flat without rooms one room more than its bedrooms, and land none', () => {
    const flat = listingToPropertyFields(listing({ rooms: undefined, bedrooms: 2 }));
    expect(flat.ok && flat.fields.rooms).toBe(3);
    const bare = listingToPropertyFields(listing({ rooms: undefined, bedrooms: undefined }));
    expect(bare.ok && bare.fields.rooms).toBe(1);
    const land = listingToPropertyFields(
      listing({ type: 'land', rooms: undefined, bedrooms: undefined }),
    );
    expect(land.ok && land.fields.rooms).toBe(0);
    if (land.ok) expect(propertyFieldsSchema.safeParse(land.fields).success).toBe(true);
  });

  it('says what is missing rather than invent it', () => {
    expect(listingToPropertyFields(listing({ price: undefined }))).toEqual({
      ok: false,
      problem: 'missing-price',
    });
    expect(listingToPropertyFields(listing({ postalCode: undefined }))).toEqual({
      ok: false,
      problem: 'missing-postal-code',
    });
    expect(listingToPropertyFields(listing({ surface: undefined }))).toEqual({
      ok: false,
      problem: 'missing-surface',
    });
  });
});

describe('saveSearchInput', () => {
  const criteria = { postalCodes: ['75011'] };
  it('keeps the portals once each, in a fixed order', () => {
    const parsed = saveSearchInput.parse({
      name: ' Paris ',
      portals: ['feed', 'seloger', 'feed'],
      criteria,
    });
    expect(parsed).toMatchObject({ name: 'Paris', portals: ['seloger', 'feed'], enabled: true });
  });
  it('refuses no portal, an unknown one and an empty name', () => {
    expect(saveSearchInput.safeParse({ name: 'x', portals: [], criteria }).success).toBe(false);
    expect(saveSearchInput.safeParse({ name: 'x', portals: ['pap'], criteria }).success).toBe(
      false,
    );
    expect(saveSearchInput.safeParse({ name: ' ', portals: ['seloger'], criteria }).success).toBe(
      false,
    );
  });
});

describe('setPortalScrapingInput', () => {
  it('turns scraping on only with the legal note acknowledged', () => {
    expect(setPortalScrapingInput.safeParse({ enabled: true }).success).toBe(false);
    expect(setPortalScrapingInput.safeParse({ enabled: true, acknowledged: true }).success).toBe(
      true,
    );
    expect(setPortalScrapingInput.safeParse({ enabled: false }).success).toBe(true);
  });
});
