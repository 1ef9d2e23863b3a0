import { describe, expect, it } from 'vitest';
import { savedSearchCriteriaSchema } from '@portail/shared';
import { createFeedAdapter } from './adapter.js';
import { fixture, thrownCode } from '../testing/fakes.js';

const feed = createFeedAdapter({ baseUrl: 'https://api.notif.immo/', apiKey: 'tenant-key-123' });
const noContext = { locationIds: [] };

describe('licensed feed requests', () => {
  it('sends the tenant’s key in a header, never in the URL, with the mapped criteria', () => {
    const criteria = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011', '75012'],
      priceMax: 500000,
      surfaceMin: 30,
      roomsMin: 2,
      types: ['apartment', 'commercial'],
    });
    const [request] = feed.buildSearchRequests(criteria, 2, noContext);
    expect(request!.headers).toMatchObject({ 'X-API-KEY': 'tenant-key-123' });
    expect(request!.url).not.toContain('tenant-key-123');
    const url = new URL(request!.url);
    expect(url.origin + url.pathname).toBe('https://api.notif.immo/documents/properties');
    expect([...url.searchParams]).toEqual([
      ['transactionType', '0'],
      ['order[createdAt]', 'desc'],
      ['page', '2'],
      ['itemsPerPage', '30'],
      ['budgetMax', '500000'],
      ['surfaceMin', '30'],
      ['roomMin', '2'],
      ['propertyTypes[]', '0'],
      ['propertyTypes[]', '4'],
      ['propertyTypes[]', '6'],
      ['zipcodes[]', '75011'],
      ['zipcodes[]', '75012'],
    ]);
  });

  it('takes another header name when the aggregator wants one', () => {
    const other = createFeedAdapter({
      baseUrl: 'https://feed.example',
      apiKey: 'k',
      apiKeyHeader: 'Authorization',
    });
    const criteria = savedSearchCriteriaSchema.parse({ postalCodes: ['75011'] });
    expect(other.buildSearchRequests(criteria, 1, noContext)[0]!.headers).toMatchObject({
      Authorization: 'k',
    });
  });
});

describe('licensed feed results', () => {
  const page = feed.parseSearchPage(fixture('feed', 'search-page-1.json'), 1);

  it('maps Hydra members, skipping the one without an advert link', () => {
    expect(page.listings.map((listing) => [listing.portalId, listing.type])).toEqual([
      ['38cb65b9-2965-4bd0-bc9b-2b8a8be7c457', 'apartment'],
      ['5b7e1c2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e', 'land'],
      ['9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a', 'other'],
    ]);
    expect(page).toMatchObject({ skipped: 1, total: 5, nextPage: 2 });
  });

  it('reads a complete property, its position in GeoJSON order and the advert as link', () => {
    expect(page.listings[0]).toEqual({
      portal: 'feed',
      portalId: '38cb65b9-2965-4bd0-bc9b-2b8a8be7c457',
      url: 'https://www.century21.fr/trouver_logement/detail/2421011873/',
      title: 'Appartement 3 pièces 61 m²',
      price: 430000,
      surface: 61,
      rooms: 3,
      bedrooms: 2,
      type: 'apartment',
      city: 'Paris 11e Arrondissement',
      postalCode: '75011',
      location: { lat: 48.85759, lng: 2.38011 },
      photos: [
        'https://pictures.notif.immo/properties/2026/10/20/09/38cb65b9-1.jpg',
        'https://pictures.notif.immo/properties/2026/10/20/09/38cb65b9-2.jpg',
      ],
      description: 'Rue de la Roquette, 4e étage avec ascenseur, traversant.',
      energyRating: 'D',
      greenhouseRating: 'D',
      publishedAt: '2026-10-20T07:14:02.000Z',
    });
  });

  it('uses the plot as surface for land', () => {
    expect(page.listings[1]).toMatchObject({ surface: 564, price: 82000 });
  });

  it('stops when the collection has no next page, and reads an empty one', () => {
    expect(feed.parseSearchPage(fixture('feed', 'search-page-2.json'), 2).nextPage).toBeNull();
    expect(feed.parseSearchPage(fixture('feed', 'search-empty.json'), 1)).toEqual({
      listings: [],
      skipped: 0,
      nextPage: null,
      total: 0,
    });
  });

  it('says the format changed without hydra:member', () => {
    expect(thrownCode(() => feed.parseSearchPage(fixture('feed', 'changed-format.json'), 1))).toBe(
      'format-changed',
    );
  });
});

describe('licensed feed listing', () => {
  const url = 'https://api.notif.immo/documents/properties/38cb65b9-2965-4bd0-bc9b-2b8a8be7c457';

  it('recognises its own document links and reads one property', () => {
    expect(feed.matchesUrl(url)).toBe(true);
    expect(feed.matchesUrl('https://www.leboncoin.fr/ad/ventes_immobilieres/1')).toBe(false);
    expect(feed.listingIdFromUrl(new URL(url))).toBe('38cb65b9-2965-4bd0-bc9b-2b8a8be7c457');
    expect(feed.buildListingRequest(url).headers).toMatchObject({ 'X-API-KEY': 'tenant-key-123' });
    expect(feed.parseListingPage(url, fixture('feed', 'listing.json'))).toMatchObject({
      portalId: '38cb65b9-2965-4bd0-bc9b-2b8a8be7c457',
      price: 430000,
    });
  });

  it('says an error document is not a listing', () => {
    expect(thrownCode(() => feed.parseListingPage(url, fixture('feed', 'unauthorized.json')))).toBe(
      'not-a-listing',
    );
  });
});
