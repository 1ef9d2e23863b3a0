import { describe, expect, it } from 'vitest';
import { importListing } from './importListing.js';
import { defaultPoliteOptions } from './runner/politeFetch.js';
import { FakeClock, ScriptedHttp, fixture, rejectedCode, response } from './testing/fakes.js';
import type { HttpRequest, HttpResponse } from './types.js';

const options = {
  ...defaultPoliteOptions,
  userAgent: 'PortailImmoBot/1.0 (+https://agence.example/robot)',
};

function importWith(url: string, answer: (request: HttpRequest) => HttpResponse) {
  const clock = new FakeClock();
  const http = new ScriptedHttp(clock, answer);
  return { http, result: importListing(url, { http: http.client, clock }, options) };
}

describe('importListing (A5)', () => {
  it('fills a LeBonCoin listing from its page', async () => {
    const { http, result } = importWith(
      'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141?utm=x',
      () => fixture('leboncoin', 'listing-page.html'),
    );
    expect(await result).toMatchObject({
      portal: 'leboncoin',
      portalId: '3083651141',
      price: 429000,
    });
    expect(http.requests.map((request) => request.url)).toEqual([
      'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
    ]);
    expect(http.requests[0]!.headers?.['User-Agent']).toBe(options.userAgent);
  });

  it('fills a Bien’ici listing from its JSON', async () => {
    const { http, result } = importWith(
      'https://www.bienici.com/annonce/immo-facile-40340340',
      () => fixture('bienici', 'listing.json'),
    );
    expect(await result).toMatchObject({ portal: 'bienici', price: 399000 });
    expect(http.requests[0]!.url).toBe(
      'https://www.bienici.com/realEstateAd.json?id=immo-facile-40340340',
    );
  });

  it('fills a SeLoger listing from its page', async () => {
    const { result } = importWith(
      'https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-11eme-75011/2KQ8ZR1FV9CE',
      () => fixture('seloger', 'listing-page.html'),
    );
    expect(await result).toMatchObject({ portal: 'seloger', address: '118 rue de la Roquette' });
  });

  it('answers coded errors: unknown site before any request, captcha, gone listing', async () => {
    const unknown = importWith('https://www.pap.fr/annonces/x-r1', () => response(200));
    expect(await rejectedCode(() => unknown.result)).toBe('unknown-site');
    expect(unknown.http.requests).toHaveLength(0);

    const blocked = importWith('https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141', () =>
      fixture('leboncoin', 'blocked-datadome.html', 403),
    );
    expect(await rejectedCode(() => blocked.result)).toBe('blocked');

    const gone = importWith('https://www.bienici.com/annonce/immo-facile-1', () =>
      response(404, 'Not Found'),
    );
    expect(await rejectedCode(() => gone.result)).toBe('http');
  });

  it('says the format changed when the page has lost its data', async () => {
    const { result } = importWith(
      'https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141',
      () => response(200, '<!DOCTYPE html><html><body><div id="__next"></div></body></html>'),
    );
    expect(await rejectedCode(() => result)).toBe('format-changed');
  });
});
