import { describe, expect, it } from 'vitest';
import type { Listing } from './listing.js';
import {
  dedupeListings,
  isSameProperty,
  listingEntryKey,
  normaliseStreetAddress,
} from './dedup.js';

const base: Omit<Listing, 'portal' | 'portalId' | 'url'> = {
  title: 'Appartement 3 pièces',
  price: 300000,
  surface: 61,
  rooms: 3,
  type: 'apartment',
  postalCode: '75011',
  photos: [],
};
const on = (
  portal: Listing['portal'],
  portalId: string,
  changes: Partial<Listing> = {},
): Listing => ({
  ...base,
  portal,
  portalId,
  url: `https://${portal}.example/${portalId}`,
  ...changes,
});

describe('isSameProperty', () => {
  const seloger = on('seloger', 'A');

  it('matches prices 1.9 % apart and refuses 2.1 %', () => {
    expect(isSameProperty(seloger, on('bienici', 'B', { price: 305700 }))).toBe(true);
    expect(isSameProperty(seloger, on('bienici', 'B', { price: 306300 }))).toBe(false);
    expect(isSameProperty(on('bienici', 'B', { price: 294300 }), seloger)).toBe(true);
    expect(isSameProperty(on('bienici', 'B', { price: 293700 }), seloger)).toBe(false);
  });

  it('matches surfaces within 2 m² only', () => {
    expect(isSameProperty(seloger, on('bienici', 'B', { surface: 63 }))).toBe(true);
    expect(isSameProperty(seloger, on('bienici', 'B', { surface: 63.1 }))).toBe(false);
  });

  it('never merges without a surface or a price on both sides', () => {
    const { surface: _s, ...noSurface } = on('bienici', 'B');
    const { price: _p, ...noPrice } = on('bienici', 'B');
    expect(isSameProperty(seloger, noSurface)).toBe(false);
    expect(isSameProperty(noPrice, seloger)).toBe(false);
  });

  it('refuses when both state different room counts or DPE labels, not when one is silent', () => {
    expect(isSameProperty(seloger, on('bienici', 'B', { rooms: 2 }))).toBe(false);
    expect(
      isSameProperty(
        on('seloger', 'A', { energyRating: 'D' }),
        on('bienici', 'B', { energyRating: 'E' }),
      ),
    ).toBe(false);
    const { rooms: _r, ...silent } = on('bienici', 'B', { energyRating: 'D' });
    expect(isSameProperty(seloger, silent)).toBe(true);
  });

  it('refuses different types, postal codes, or the same portal', () => {
    expect(isSameProperty(seloger, on('bienici', 'B', { type: 'house' }))).toBe(false);
    expect(isSameProperty(seloger, on('bienici', 'B', { postalCode: '75012' }))).toBe(false);
    expect(isSameProperty(seloger, on('seloger', 'B'))).toBe(false);
  });

  it('compares streets when both give one, however they are written', () => {
    const withStreet = on('seloger', 'A', { address: '118, Rue de la Roquette' });
    expect(isSameProperty(withStreet, on('feed', 'F', { address: '118 r. de la roquette' }))).toBe(
      true,
    );
    expect(isSameProperty(withStreet, on('feed', 'F', { address: '12 rue de la Roquette' }))).toBe(
      false,
    );
    // One street, no postal codes: the street is enough.
    const { postalCode: _a, ...noCodeA } = withStreet;
    const { postalCode: _b, ...noCodeB } = on('feed', 'F', { address: '118 rue de la Roquette' });
    expect(isSameProperty(noCodeA, noCodeB)).toBe(true);
    // Nothing to compare the place on: no merge.
    const { postalCode: _c, ...nowhere } = on('feed', 'F');
    expect(isSameProperty(noCodeA, nowhere)).toBe(false);
    expect(normaliseStreetAddress('12, Bd. Saint-Germain')).toBe('12 boulevard saint germain');
  });
});

describe('dedupeListings', () => {
  it('keeps one listing per (portal, portalId), filling gaps from its repeats', () => {
    const { price: _p, ...noPrice } = on('leboncoin', '1');
    const result = dedupeListings([noPrice, on('leboncoin', '1', { price: 310000 })]);
    expect(result.repeatedListings).toBe(1);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]!.listing.price).toBe(310000);
  });

  it('joins the same property on two portals into one entry with both sources', () => {
    const result = dedupeListings([
      on('seloger', 'S1', { photos: ['https://img.example/s.jpg'] }),
      on('leboncoin', 'L1', { price: 303000, surface: 60, description: 'Au calme.' }),
      on('bienici', 'B1', { postalCode: '75012' }),
    ]);
    expect(result.crossPortalMatches).toBe(1);
    expect(result.entries).toHaveLength(2);
    const joined = result.entries.find((entry) => entry.sources.length === 2)!;
    expect(joined.sources.map((source) => source.portal)).toEqual(['leboncoin', 'seloger']);
    // First source (by key) is the primary; the other fills what it lacks.
    expect(joined.listing).toMatchObject({
      portal: 'leboncoin',
      price: 303000,
      description: 'Au calme.',
      photos: ['https://img.example/s.jpg'],
    });
    expect(joined.key).toBe(listingEntryKey({ portal: 'leboncoin', portalId: 'L1' }));
    expect(joined.isNew).toBe(true);
  });

  it('does not chain: a third listing must match every member', () => {
    const result = dedupeListings([
      on('seloger', 'S', { price: 300000 }),
      on('leboncoin', 'L', { price: 305000 }),
      on('bienici', 'B', { price: 310000 }),
    ]);
    // 310 000 is within 2 % of 305 000 but not of 300 000: it stays apart.
    expect(result.entries.map((entry) => entry.sources.length).sort()).toEqual([1, 2]);
  });

  it('gives the same keys whatever order the listings come in', () => {
    const listings = [
      on('seloger', 'S', { price: 300000 }),
      on('bienici', 'B', { price: 301000 }),
      on('leboncoin', 'L', { price: 450000, surface: 80 }),
      on('leboncoin', 'L2', { price: 299000 }),
    ];
    const keys = (input: Listing[]) =>
      dedupeListings(input).entries.map((entry) => [
        entry.key,
        entry.sources.map((source) => source.portalId),
      ]);
    expect(keys([...listings].reverse())).toEqual(keys(listings));
  });

  it('finds a stored entry again by any of its sources, keeping its key', () => {
    const first = dedupeListings([on('seloger', 'S1')]);
    const stored = first.entries.map(({ key, sources, listing }) => ({ key, sources, listing }));
    // Next run: the SeLoger listing again (price cut) and the same flat newly on Bien'ici.
    const second = dedupeListings(
      [on('bienici', 'B1', { price: 296000 }), on('seloger', 'S1', { price: 297000 })],
      stored,
    );
    expect(second.entries).toHaveLength(1);
    expect(second.entries[0]).toMatchObject({ key: stored[0]!.key, isNew: false });
    expect(second.entries[0]!.sources.map((source) => source.portalId)).toEqual(['B1', 'S1']);
  });

  it('joins a new portal’s copy to a stored entry that is not in this run', () => {
    const stored = [
      {
        key: 'seloger_stored',
        sources: [
          { portal: 'seloger' as const, portalId: 'S1', url: 'https://seloger.example/S1' },
        ],
        listing: on('seloger', 'S1'),
      },
    ];
    const result = dedupeListings([on('leboncoin', 'L9', { price: 301000 })], stored);
    expect(result.entries).toEqual([
      expect.objectContaining({
        key: 'seloger_stored',
        isNew: false,
        sources: [
          { portal: 'leboncoin', portalId: 'L9', url: 'https://leboncoin.example/L9' },
          { portal: 'seloger', portalId: 'S1', url: 'https://seloger.example/S1' },
        ],
      }),
    ]);
  });

  it('gives a deleted entry its old key back when the search finds it again (A3)', () => {
    const key = dedupeListings([on('bienici', 'B1')]).entries[0]!.key;
    expect(dedupeListings([on('bienici', 'B1')], []).entries[0]!.key).toBe(key);
    expect(key).toMatch(/^bienici_[0-9a-f]{16}$/);
  });
});
