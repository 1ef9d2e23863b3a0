import { describe, expect, it } from 'vitest';
import { savedSearchCriteriaSchema } from '@portail/shared';
import { selogerAdapter } from './adapter.js';
import { fixture, thrownCode } from '../testing/fakes.js';

const criteria = savedSearchCriteriaSchema.parse({
  postalCodes: ['75011', '75012'],
  priceMax: 500000,
  surfaceMin: 30,
  roomsMin: 2,
  types: ['apartment', 'house'],
});
const noContext = { locationIds: [] };

describe('SeLoger search requests', () => {
  it('asks classified-search with one comma-separated locations parameter', () => {
    const [request] = selogerAdapter.buildSearchRequests(criteria, 2, noContext);
    const url = new URL(request!.url);
    expect(url.origin + url.pathname).toBe('https://www.seloger.com/classified-search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      distributionTypes: 'Buy',
      estateTypes: 'Apartment,House',
      locations: '75011,75012',
      priceMax: '500000',
      spaceMin: '30',
      numberOfRoomsMin: '2',
      order: 'DateDesc',
      page: '2',
    });
  });

  it('leaves the type out when one asked for has no SeLoger value', () => {
    const mixed = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011'],
      types: ['apartment', 'commercial'],
    });
    const [request] = selogerAdapter.buildSearchRequests(mixed, 1, noContext);
    expect(new URL(request!.url).searchParams.has('estateTypes')).toBe(false);
    expect(new URL(request!.url).searchParams.has('page')).toBe(false);
  });

  it('refuses town names alone with a coded error', () => {
    const towns = savedSearchCriteriaSchema.parse({ cities: ['Lyon'] });
    expect(thrownCode(() => selogerAdapter.buildSearchRequests(towns, 1, noContext))).toBe(
      'criteria-unsupported',
    );
  });
});

describe('SeLoger results page', () => {
  const page = selogerAdapter.parseSearchPage(fixture('seloger', 'search-page-1.html'), 1);

  it('reads the lz-string state in the page order, skipping the entry without a link', () => {
    expect(page.listings.map((listing) => listing.portalId)).toEqual([
      '2KQ8ZR1FV9CE',
      '2KQ91LAU7XQ2',
      '2KQ93M0PB4ZT',
      '2KQ95AC3HN7W',
    ]);
    expect(page.skipped).toBe(1);
    expect(page.total).toBe(65);
    expect(page.nextPage).toBe(2);
  });

  it('reads a complete classified, dropping the search from its link', () => {
    expect(page.listings[0]).toEqual({
      portal: 'seloger',
      portalId: '2KQ8ZR1FV9CE',
      url: 'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ8ZR1FV9CE',
      title: 'Appartement 3 pièces 61,4 m²',
      price: 425000,
      surface: 61.4,
      rooms: 3,
      bedrooms: 2,
      type: 'apartment',
      city: 'Paris 11ème',
      postalCode: '75011',
      photos: [
        'https://mms.seloger.com/6/f/1/c/6f1c2a90-3b7e-4d11-9c55-0e8f2d4b7a13.jpg?ci_seal=6f1c2a903b7e4d119c550e8f2d4b7a13',
        'https://mms.seloger.com/a/8/3/d/a83d5e21-77c4-4f2b-8b10-5d9e61c0f4e2.jpg?ci_seal=a83d5e2177c44f2b8b105d9e61c0f4e2',
      ],
      description: expect.stringMatching(/^Rue de la Roquette, au 4e étage/),
      energyRating: 'D',
      publishedAt: '2026-10-02T07:41:00.000Z',
    });
  });

  it('reads a price written as text and facts given only as key facts', () => {
    expect(page.listings[1]).toMatchObject({ price: 320000, surface: 38, rooms: 2, bedrooms: 1 });
  });

  it('maps a type it does not know to other', () => {
    expect(page.listings[2]).toMatchObject({ type: 'other', price: 29000, surface: 12 });
  });

  it('keeps a classified missing its optional fields', () => {
    expect(page.listings[3]).toEqual({
      portal: 'seloger',
      portalId: '2KQ95AC3HN7W',
      url: 'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ95AC3HN7W',
      title: 'Appartement',
      type: 'apartment',
      city: 'Paris 11ème',
      postalCode: '75011',
      photos: [],
    });
  });

  it('reads the plain JSON state of the last page and stops there', () => {
    const last = selogerAdapter.parseSearchPage(fixture('seloger', 'search-page-3-plain.html'), 3);
    expect(last.listings).toHaveLength(5);
    expect(last.listings[4]).toMatchObject({ price: 430000, surface: 65, postalCode: '75012' });
    expect(last.nextPage).toBeNull();
  });

  it('reads an empty search', () => {
    const empty = selogerAdapter.parseSearchPage(fixture('seloger', 'search-empty.html'), 1);
    expect(empty).toEqual({ listings: [], skipped: 0, nextPage: null, total: 0 });
  });

  it('says the format changed rather than reading garbage', () => {
    expect(
      thrownCode(() =>
        selogerAdapter.parseSearchPage(fixture('seloger', 'changed-format.html'), 1),
      ),
    ).toBe('format-changed');
    expect(
      thrownCode(() =>
        selogerAdapter.parseSearchPage(
          { status: 200, headers: {}, body: '<html><body>Bienvenue</body></html>' },
          1,
        ),
      ),
    ).toBe('format-changed');
  });

  it('recognises the DataDome page', () => {
    expect(
      thrownCode(() =>
        selogerAdapter.parseSearchPage(fixture('seloger', 'blocked-datadome.html', 403), 1),
      ),
    ).toBe('blocked');
  });
});

describe('SeLoger listing page', () => {
  const url =
    'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ8ZR1FV9CE?serp_view=list';

  it('reads the page state, with the street, the position and both energy labels', () => {
    const listing = selogerAdapter.parseListingPage(url, fixture('seloger', 'listing-page.html'));
    expect(listing).toMatchObject({
      portalId: '2KQ8ZR1FV9CE',
      url: 'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ8ZR1FV9CE',
      price: 425000,
      surface: 61.4,
      rooms: 3,
      address: '118 rue de la Roquette',
      location: { lat: 48.85763, lng: 2.38042 },
      energyRating: 'D',
      greenhouseRating: 'B',
    });
    expect(listing.photos).toHaveLength(3);
    expect(listing.description).toContain('\n\nEntrée, séjour double');
  });

  it('says a results page is not a listing', () => {
    expect(
      thrownCode(() =>
        selogerAdapter.parseListingPage(url, fixture('seloger', 'search-page-1.html')),
      ),
    ).toBe('not-a-listing');
  });

  it('finds listing ids in both URL shapes', () => {
    expect(selogerAdapter.listingIdFromUrl(new URL(url))).toBe('2KQ8ZR1FV9CE');
    expect(
      selogerAdapter.listingIdFromUrl(
        new URL(
          'https://www.seloger.com/annonces/achat/appartement/paris-11eme-75/roquette/218177877.htm',
        ),
      ),
    ).toBe('218177877');
    expect(
      selogerAdapter.listingIdFromUrl(
        new URL('https://www.seloger.com/classified-search?locations=75011'),
      ),
    ).toBeNull();
  });
});
