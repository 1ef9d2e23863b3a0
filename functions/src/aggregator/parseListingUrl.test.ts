import { describe, expect, it } from 'vitest';
import { aggregatorErrorMessages } from '@portail/shared';
import { parseListingUrl } from './parseListingUrl.js';
import { createFeedAdapter } from './feed/adapter.js';
import { portalAdapters } from './adapters.js';
import { thrownCode } from './testing/fakes.js';

describe('parseListingUrl', () => {
  it.each([
    [
      'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ8ZR1FV9CE?serp_view=list',
      'seloger',
      '2KQ8ZR1FV9CE',
    ],
    [
      'https://www.seloger.com/annonces/achat/appartement/paris-11eme-75/roquette/218177877.htm',
      'seloger',
      '218177877',
    ],
    [
      'https://www.bienici.com/annonce/vente/paris-11e/appartement/2pieces/immo-facile-40340340',
      'bienici',
      'immo-facile-40340340',
    ],
    [
      'https://www.bienici.com/annonce/century-21-202_2421_11873',
      'bienici',
      'century-21-202_2421_11873',
    ],
    ['https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141', 'leboncoin', '3083651141'],
    [
      'https://www.leboncoin.fr/ventes_immobilieres/1438509222.htm?ca=12_s',
      'leboncoin',
      '1438509222',
    ],
    ['  www.leboncoin.fr/ad/ventes_immobilieres/3083651141  ', 'leboncoin', '3083651141'],
  ])('reads %s', (url, portal, portalId) => {
    expect(parseListingUrl(url)).toMatchObject({ portal, portalId });
  });

  it('says an unknown site is not supported, in French, with a code', () => {
    expect(
      thrownCode(() =>
        parseListingUrl('https://www.pap.fr/annonces/appartement-paris-11e-r123456'),
      ),
    ).toBe('unknown-site');
    expect(aggregatorErrorMessages['unknown-site']).toMatch(/SeLoger, Bien’ici ou LeBonCoin/);
    // A look-alike host is not the portal.
    expect(
      thrownCode(() =>
        parseListingUrl('https://leboncoin.fr.example.com/ad/ventes_immobilieres/3083651141'),
      ),
    ).toBe('unknown-site');
  });

  it('says a page of a portal that is not one listing is not a listing', () => {
    expect(
      thrownCode(() =>
        parseListingUrl('https://www.leboncoin.fr/recherche?category=9&locations=Paris'),
      ),
    ).toBe('not-a-listing');
    expect(
      thrownCode(() =>
        parseListingUrl('https://www.seloger.com/classified-search?locations=75011'),
      ),
    ).toBe('not-a-listing');
    expect(thrownCode(() => parseListingUrl('https://www.bienici.com/'))).toBe('not-a-listing');
  });

  it('refuses what is not a web address', () => {
    expect(thrownCode(() => parseListingUrl('pas un lien'))).toBe('invalid-url');
    expect(thrownCode(() => parseListingUrl('ftp://www.seloger.com/annonce/x/2KQ8ZR1FV9CE'))).toBe(
      'invalid-url',
    );
  });

  it('recognises a licensed feed’s own links when it is given', () => {
    const feed = createFeedAdapter({ baseUrl: 'https://api.notif.immo', apiKey: 'k' });
    expect(
      parseListingUrl(
        'https://api.notif.immo/documents/properties/38cb65b9-2965-4bd0-bc9b-2b8a8be7c457',
        [...portalAdapters, feed],
      ),
    ).toMatchObject({ portal: 'feed', portalId: '38cb65b9-2965-4bd0-bc9b-2b8a8be7c457' });
  });
});
