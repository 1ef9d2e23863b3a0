import { describe, expect, it } from 'vitest';
import { savedSearchCriteriaSchema } from '@portail/shared';
import { leboncoinAdapter } from './adapter.js';
import { fixture, response, thrownCode } from '../testing/fakes.js';

const noContext = { locationIds: [] };

describe('LeBonCoin search requests', () => {
  it('posts the finder/search body the apps send', () => {
    const criteria = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011', '75012'],
      priceMax: 500000,
      surfaceMin: 30,
      surfaceMax: 90,
      roomsMin: 2,
      types: ['apartment', 'house'],
    });
    const [request] = leboncoinAdapter.buildSearchRequests(criteria, 2, noContext);
    expect(request).toMatchObject({
      method: 'POST',
      url: 'https://api.leboncoin.fr/finder/search',
    });
    expect(JSON.parse(request!.body!)).toEqual({
      filters: {
        category: { id: '9' },
        enums: { ad_type: ['offer'], real_estate_type: ['2', '1'] },
        location: {
          locations: [
            { locationType: 'city', zipcode: '75011' },
            { locationType: 'city', zipcode: '75012' },
          ],
        },
        ranges: { price: { max: 500000 }, square: { min: 30, max: 90 }, rooms: { min: 2 } },
      },
      limit: 35,
      limit_alu: 0,
      offset: 35,
      sort_by: 'time',
      sort_order: 'desc',
      owner_type: 'all',
    });
  });

  it('leaves the type out when commercial premises are asked for', () => {
    const criteria = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011'],
      types: ['commercial'],
    });
    const body = JSON.parse(leboncoinAdapter.buildSearchRequests(criteria, 1, noContext)[0]!.body!);
    expect(body.filters.enums).toEqual({ ad_type: ['offer'] });
  });

  it('refuses town names alone rather than search all France', () => {
    const towns = savedSearchCriteriaSchema.parse({ cities: ['Lyon'] });
    expect(thrownCode(() => leboncoinAdapter.buildSearchRequests(towns, 1, noContext))).toBe(
      'criteria-unsupported',
    );
  });
});

describe('LeBonCoin results (API)', () => {
  const page = leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'search-api.json'), 1);

  it('reads every ad with a link and pages on', () => {
    expect(page.listings.map((listing) => listing.portalId)).toEqual([
      '3083651141',
      '3083712290',
      '3084011577',
      '3084102266',
    ]);
    expect(page.skipped).toBe(1);
    expect(page).toMatchObject({ total: 80, nextPage: 2 });
  });

  it('reads a complete ad: attributes, large photos, Paris time', () => {
    expect(page.listings[0]).toEqual({
      portal: 'leboncoin',
      portalId: '3083651141',
      url: 'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
      title: 'Appartement 3 pièces 61 m²',
      price: 429000,
      surface: 61,
      rooms: 3,
      bedrooms: 2,
      type: 'apartment',
      city: 'Paris',
      postalCode: '75011',
      location: { lat: 48.85763, lng: 2.38005 },
      photos: [
        'https://img.leboncoin.fr/api/v1/lbcpb1/images/9a1f0c3e7b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f.jpg?rule=ad-large',
        'https://img.leboncoin.fr/api/v1/lbcpb1/images/1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c.jpg?rule=ad-large',
      ],
      description:
        'Rue de la Roquette, 4e étage avec ascenseur, appartement traversant.\nSéjour double, cuisine séparée, 2 chambres.\nHonoraires à la charge du vendeur.',
      energyRating: 'D',
      greenhouseRating: 'D',
      publishedAt: '2026-10-29T22:25:53.000Z',
    });
  });

  it('reads a price given only in cents', () => {
    expect(page.listings[1]).toMatchObject({ price: 215000, surface: 24, rooms: 1 });
  });

  it('maps "Autre" to other', () => {
    expect(page.listings[2]).toMatchObject({ type: 'other', price: 12000 });
  });

  it('keeps an ad without attributes, photos or price, typed from its title', () => {
    expect(page.listings[3]).toEqual({
      portal: 'leboncoin',
      portalId: '3084102266',
      url: 'https://www.leboncoin.fr/ad/ventes_immobilieres/3084102266',
      title: 'Appartement à rénover',
      type: 'apartment',
      city: 'Paris',
      postalCode: '75011',
      photos: [],
      publishedAt: '2026-10-31T08:10:00.000Z',
    });
  });

  it('stops at the last page and reads an empty search without ads', () => {
    expect(
      leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'search-api-last.json'), 3).nextPage,
    ).toBeNull();
    expect(leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'search-empty.json'), 1)).toEqual({
      listings: [],
      skipped: 0,
      nextPage: null,
      total: 0,
    });
  });

  it('says the format changed when ads are missing', () => {
    expect(
      thrownCode(() =>
        leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'changed-format.json'), 1),
      ),
    ).toBe('format-changed');
  });

  it('recognises the DataDome refusals of the API and of the site', () => {
    expect(
      thrownCode(() =>
        leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'blocked-api.json', 403), 1),
      ),
    ).toBe('blocked');
    expect(
      thrownCode(() =>
        leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'blocked-datadome.html', 403), 1),
      ),
    ).toBe('blocked');
  });
});

describe('LeBonCoin search page (__NEXT_DATA__)', () => {
  it('reads the same ads from a results page of the site', () => {
    const page = leboncoinAdapter.parseSearchPage(fixture('leboncoin', 'search-page.html'), 1);
    expect(page.listings.map((listing) => [listing.portalId, listing.price])).toEqual([
      ['3083651141', 429000],
      ['3083712290', 215000],
    ]);
    expect(page.nextPage).toBeNull();
  });

  it('says the format changed when the page has no __NEXT_DATA__', () => {
    expect(
      thrownCode(() =>
        leboncoinAdapter.parseSearchPage(
          response(200, '<!DOCTYPE html><html><body></body></html>'),
          1,
        ),
      ),
    ).toBe('format-changed');
  });
});

describe('LeBonCoin listing page', () => {
  const url = 'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141?utm_source=share';

  it('asks the canonical ad page and reads its __NEXT_DATA__', () => {
    expect(leboncoinAdapter.buildListingRequest(url).url).toBe(
      'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
    );
    const listing = leboncoinAdapter.parseListingPage(
      url,
      fixture('leboncoin', 'listing-page.html'),
    );
    expect(listing).toMatchObject({
      portalId: '3083651141',
      price: 429000,
      surface: 61,
      type: 'apartment',
    });
  });

  it('says the home page is not a listing', () => {
    expect(
      thrownCode(() =>
        leboncoinAdapter.parseListingPage(url, fixture('leboncoin', 'not-a-listing.html')),
      ),
    ).toBe('not-a-listing');
  });

  it('finds ids in current and older links only', () => {
    const id = (href: string) => leboncoinAdapter.listingIdFromUrl(new URL(href));
    expect(id(url)).toBe('3083651141');
    expect(id('https://www.leboncoin.fr/ventes_immobilieres/1438509222.htm')).toBe('1438509222');
    expect(id('https://leboncoin.fr/vi/1438509222.htm')).toBe('1438509222');
    expect(id('https://www.leboncoin.fr/recherche?category=9&locations=Paris')).toBeNull();
    expect(id('https://www.leboncoin.fr/boutique/85597288/bastille_immobilier')).toBeNull();
  });
});
