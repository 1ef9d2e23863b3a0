import { describe, expect, it } from 'vitest';
import { savedSearchCriteriaSchema } from '@portail/shared';
import { bieniciAdapter } from './adapter.js';
import { fixture, response, thrownCode } from '../testing/fakes.js';

describe('Bien’ici places', () => {
  it('asks suggest.json for every postal code and town', () => {
    const criteria = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011'],
      cities: ['Saint-Hilaire-du-Rosier'],
    });
    expect(
      bieniciAdapter.buildLocationRequests!(criteria).map((lookup) => lookup.request.url),
    ).toEqual([
      'https://res.bienici.com/suggest.json?q=75011',
      'https://res.bienici.com/suggest.json?q=Saint-Hilaire-du-Rosier',
    ]);
  });

  it('keeps the zone ids of the place that is the postal code asked for', () => {
    expect(
      bieniciAdapter.parseLocationResponse!('75011', fixture('bienici', 'suggest.json')),
    ).toEqual(['-20879']);
    expect(
      bieniciAdapter.parseLocationResponse!('75002', fixture('bienici', 'suggest.json')),
    ).toEqual(['-7444']);
    expect(
      bieniciAdapter.parseLocationResponse!('69001', fixture('bienici', 'suggest.json')),
    ).toEqual([]);
  });

  it('matches a town by its name, accents and case aside', () => {
    expect(
      bieniciAdapter.parseLocationResponse!(
        'saint hilaire du rosier',
        fixture('bienici', 'suggest-city.json'),
      ),
    ).toEqual(['-81726']);
  });

  it('says the format changed when suggest.json is not a list', () => {
    expect(
      thrownCode(() =>
        bieniciAdapter.parseLocationResponse!('75011', response(200, '{"places":[]}')),
      ),
    ).toBe('format-changed');
  });
});

describe('Bien’ici search requests', () => {
  it('sends the site’s filters, paged by 24, on the zones found', () => {
    const criteria = savedSearchCriteriaSchema.parse({
      postalCodes: ['75011'],
      priceMin: 200000,
      priceMax: 500000,
      surfaceMin: 30,
      roomsMin: 2,
      types: ['apartment', 'land'],
    });
    const [request] = bieniciAdapter.buildSearchRequests(criteria, 3, { locationIds: ['-20879'] });
    const url = new URL(request!.url);
    expect(url.origin + url.pathname).toBe('https://www.bienici.com/realEstateAds.json');
    expect(JSON.parse(url.searchParams.get('filters')!)).toEqual({
      size: 24,
      from: 48,
      page: 3,
      filterType: 'buy',
      propertyType: ['flat', 'loft', 'terrain'],
      minPrice: 200000,
      maxPrice: 500000,
      minArea: 30,
      minRooms: 2,
      sortBy: 'publicationDate',
      sortOrder: 'desc',
      onTheMarket: [true],
      zoneIdsByTypes: { zoneIds: ['-20879'] },
    });
  });

  it('refuses to search without a zone', () => {
    const criteria = savedSearchCriteriaSchema.parse({ postalCodes: ['99999'] });
    expect(
      thrownCode(() => bieniciAdapter.buildSearchRequests(criteria, 1, { locationIds: [] })),
    ).toBe('location-not-found');
  });
});

describe('Bien’ici results', () => {
  const page = bieniciAdapter.parseSearchPage(fixture('bienici', 'search-page-1.json'), 1);

  it('reads every ad with an id and pages on', () => {
    expect(page.listings.map((listing) => listing.portalId)).toEqual([
      'century-21-202_2421_11873',
      'ag440414-392372044',
      'immo-facile-40318821',
      'hektor-paris11-5521',
    ]);
    expect(page.skipped).toBe(1);
    expect(page).toMatchObject({ total: 50, nextPage: 2 });
  });

  it('reads a complete ad, with its blurred position, photos and text without markup', () => {
    expect(page.listings[0]).toMatchObject({
      url: 'https://www.bienici.com/annonce/century-21-202_2421_11873',
      title: 'Appartement 3 pièces 61 m² – Paris 11e',
      price: 432000,
      surface: 61,
      rooms: 3,
      bedrooms: 2,
      type: 'apartment',
      city: 'Paris 11e',
      postalCode: '75011',
      location: { lat: 48.8558, lng: 2.3797 },
      energyRating: 'D',
      greenhouseRating: 'D',
      publishedAt: '2026-10-02T08:12:44.310Z',
    });
    expect(page.listings[0]!.photos[0]).toMatch(/^https:\/\/file\.bienici\.com\/photo\//);
    expect(page.listings[0]!.description).toContain("salle d'eau.\nCopropriété de 24 lots");
  });

  it('reads price and plot ranges of land by their lower bound, without DPE when "non soumis"', () => {
    expect(page.listings[1]).toMatchObject({ type: 'land', price: 54000, surface: 311 });
    expect(page.listings[1]).not.toHaveProperty('energyRating');
  });

  it('keeps an ad missing its optional fields, without the hidden 1970 date', () => {
    expect(page.listings[2]).toEqual({
      portal: 'bienici',
      portalId: 'immo-facile-40318821',
      url: 'https://www.bienici.com/annonce/immo-facile-40318821',
      title: 'Appartement – Paris 11e',
      type: 'apartment',
      city: 'Paris 11e',
      postalCode: '75011',
      photos: [],
    });
  });

  it('maps a type it does not know to other', () => {
    expect(page.listings[3]).toMatchObject({ type: 'other', price: 15000 });
  });

  it('stops at the last page and reads an empty search', () => {
    expect(
      bieniciAdapter.parseSearchPage(fixture('bienici', 'search-page-3.json'), 3).nextPage,
    ).toBeNull();
    expect(bieniciAdapter.parseSearchPage(fixture('bienici', 'search-empty.json'), 1)).toEqual({
      listings: [],
      skipped: 0,
      nextPage: null,
      total: 0,
    });
  });

  it('says the format changed when realEstateAds is missing or the answer is a page', () => {
    expect(
      thrownCode(() =>
        bieniciAdapter.parseSearchPage(fixture('bienici', 'changed-format.json'), 1),
      ),
    ).toBe('format-changed');
    expect(
      thrownCode(() =>
        bieniciAdapter.parseSearchPage(response(200, '<!DOCTYPE html><html></html>'), 1),
      ),
    ).toBe('format-changed');
  });
});

describe('Bien’ici listing', () => {
  const url =
    'https://www.bienici.com/annonce/vente/paris-11e/appartement/2pieces/immo-facile-40340340?q=%2Frecherche';

  it('asks realEstateAd.json for the id in the link', () => {
    expect(bieniciAdapter.buildListingRequest(url).url).toBe(
      'https://www.bienici.com/realEstateAd.json?id=immo-facile-40340340',
    );
  });

  it('reads one ad, keeping its own title, and no DPE for "vierge"', () => {
    const listing = bieniciAdapter.parseListingPage(url, fixture('bienici', 'listing.json'));
    expect(listing).toMatchObject({
      portalId: 'immo-facile-40340340',
      url: 'https://www.bienici.com/annonce/immo-facile-40340340',
      title: 'VENTE APPARTEMENT PARIS 75011 OBERKAMPF',
      price: 399000,
      surface: 35,
      rooms: 2,
      bedrooms: 1,
      postalCode: '75011',
      publishedAt: '2026-09-30T06:40:00.000Z',
    });
    expect(listing).not.toHaveProperty('energyRating');
    expect(listing.photos).toHaveLength(2);
  });

  it('says a collection is not a listing', () => {
    expect(
      thrownCode(() =>
        bieniciAdapter.parseListingPage(url, fixture('bienici', 'search-page-1.json')),
      ),
    ).toBe('not-a-listing');
  });

  it('finds listing ids in both link shapes', () => {
    expect(bieniciAdapter.listingIdFromUrl(new URL(url))).toBe('immo-facile-40340340');
    expect(
      bieniciAdapter.listingIdFromUrl(
        new URL('https://www.bienici.com/annonce/century-21-202_2421_11873'),
      ),
    ).toBe('century-21-202_2421_11873');
    expect(
      bieniciAdapter.listingIdFromUrl(
        new URL('https://www.bienici.com/recherche/achat/paris-75000'),
      ),
    ).toBeNull();
  });
});
