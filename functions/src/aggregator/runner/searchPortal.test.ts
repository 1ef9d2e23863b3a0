import { describe, expect, it } from 'vitest';
import type { Listing } from '@portail/shared';
import type { HttpRequest, HttpResponse, PortalAdapter, SearchPage } from '../types.js';
import { bieniciAdapter } from '../bienici/adapter.js';
import { leboncoinAdapter } from '../leboncoin/adapter.js';
import { selogerAdapter } from '../seloger/adapter.js';
import { FakeClock, ScriptedHttp, fixture, response } from '../testing/fakes.js';
import {
  defaultSearchLimits,
  searchPortal,
  searchPortals,
  type SearchLimits,
} from './searchPortal.js';
import { Throttle } from './throttle.js';

const limits: SearchLimits = {
  ...defaultSearchLimits,
  userAgent: 'PortailImmoBot/1.0 (+https://agence.example/robot)',
  timeoutMs: 15_000,
  maxRetries: 2,
  backoffBaseMs: 5_000,
  maxBackoffMs: 60_000,
  maxPages: 5,
};
const criteria = { postalCodes: ['75011'] };

const listing = (id: string): Listing => ({
  portal: 'leboncoin',
  portalId: id,
  url: `https://www.leboncoin.fr/ad/ventes_immobilieres/${id}`,
  title: 'Appartement',
  type: 'apartment',
  postalCode: '75011',
  photos: [],
});

/** A source whose pages are scripted: page n answers `{"ids":[…],"next":…}`. */
const fakeAdapter: PortalAdapter = {
  portal: 'leboncoin',
  label: 'Fake',
  kind: 'scraping',
  minDelayMs: 1_000,
  buildSearchRequests: (_criteria, page) => [
    { method: 'GET', url: `https://portal.example/search?page=${page}` },
  ],
  parseSearchPage(answer: HttpResponse): SearchPage {
    const { ids, next } = JSON.parse(answer.body) as { ids: string[]; next: number | null };
    return { listings: ids.map(listing), skipped: 0, nextPage: next };
  },
  matchesUrl: () => false,
  listingIdFromUrl: () => null,
  buildListingRequest: () => ({ method: 'GET', url: 'https://portal.example/ad' }),
  parseListingPage: () => listing('1'),
};
const pageOf = (ids: string[], next: number | null) => response(200, JSON.stringify({ ids, next }));

function run(
  adapter: PortalAdapter,
  answer: (request: HttpRequest, index: number) => HttpResponse | 'hang' | Error,
  overrides: Partial<SearchLimits> = {},
) {
  const clock = new FakeClock();
  const http = new ScriptedHttp(clock, answer);
  const outcome = searchPortal(
    adapter,
    criteria,
    { http: http.client, clock },
    { ...limits, ...overrides },
  );
  return { clock, http, outcome };
}

describe('searchPortal paging', () => {
  it('reads Bien’ici end to end: zones first, then pages until the last, politely spaced', async () => {
    const { http, outcome } = run(bieniciAdapter, (request) => {
      if (request.url.includes('suggest.json')) return fixture('bienici', 'suggest.json');
      const filters = JSON.parse(new URL(request.url).searchParams.get('filters')!) as {
        page: number;
      };
      return fixture('bienici', filters.page === 1 ? 'search-page-1.json' : 'search-page-3.json');
    });
    const result = await outcome;
    expect(result.error).toBeNull();
    expect(result.pagesRead).toBe(2);
    expect(result.truncated).toBe(false);
    // The plot in Isère is Bien'ici widening the search: dropped by the criteria check.
    expect(result.outOfCriteria).toBe(1);
    expect(result.skipped).toBe(1);
    expect(result.listings.map((item) => item.portalId)).toEqual([
      'century-21-202_2421_11873',
      'immo-facile-40318821',
      'hektor-paris11-5521',
      'century-21-202_2421_11901',
      'century-21-202_2421_11902',
    ]);
    expect(http.requests.map((request) => request.at)).toEqual([0, 2_000, 4_000]);
    expect(
      http.requests.every((request) => request.headers?.['User-Agent'] === limits.userAgent),
    ).toBe(true);
    expect(http.requests.every((request) => request.signal instanceof AbortSignal)).toBe(true);
  });

  it('stops at the page cap and says the results were cut', async () => {
    const { http, outcome } = run(
      fakeAdapter,
      (_request, index) => pageOf([`${index}a`, `${index}b`], index + 2),
      {
        maxPages: 3,
      },
    );
    const result = await outcome;
    expect(result).toMatchObject({ pagesRead: 3, truncated: true, error: null });
    expect(http.requests.map((request) => request.url)).toEqual([
      'https://portal.example/search?page=1',
      'https://portal.example/search?page=2',
      'https://portal.example/search?page=3',
    ]);
    expect(result.listings).toHaveLength(6);
  });

  it('keeps one listing per id when a portal repeats it on the next page', async () => {
    const { outcome } = run(fakeAdapter, (_request, index) =>
      index === 0 ? pageOf(['1', '2'], 2) : pageOf(['2', '3'], null),
    );
    expect((await outcome).listings.map((item) => item.portalId)).toEqual(['1', '2', '3']);
  });

  it('never goes faster than the adapter’s minimum delay, even when asked to', async () => {
    const { http, outcome } = run(
      fakeAdapter,
      (_request, index) => pageOf([String(index)], index < 2 ? index + 2 : null),
      {
        minDelayMs: 200,
      },
    );
    await outcome;
    expect(http.requests.map((request) => request.at)).toEqual([0, 1_000, 2_000]);
  });

  it('shares one throttle between searches of the same portal', async () => {
    const clock = new FakeClock();
    const http = new ScriptedHttp(clock, () => pageOf(['1'], null));
    const throttle = new Throttle(clock, 3_000);
    const deps = { http: http.client, clock, throttle };
    await Promise.all([
      searchPortal(fakeAdapter, criteria, deps, limits),
      searchPortal(fakeAdapter, criteria, deps, limits),
      searchPortal(fakeAdapter, criteria, deps, limits),
    ]);
    expect(http.requests.map((request) => request.at)).toEqual([0, 3_000, 6_000]);
  });
});

describe('searchPortal retries', () => {
  it('backs off exponentially on 5xx and honours Retry-After on 429', async () => {
    const { clock, http, outcome } = run(fakeAdapter, (_request, index) => {
      if (index === 0) return response(503, 'Service Unavailable');
      if (index === 1) return response(429, 'Too Many Requests', { 'retry-after': '30' });
      return pageOf(['1'], null);
    });
    const result = await outcome;
    expect(result.error).toBeNull();
    expect(result.listings).toHaveLength(1);
    expect(http.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([5_000, 30_000]);
    expect(http.requests.map((request) => request.at)).toEqual([0, 5_000, 35_000]);
  });

  it('gives up after the last retry with the status', async () => {
    const { clock, http, outcome } = run(fakeAdapter, () => response(500, 'boom'));
    const result = await outcome;
    expect(result.error).toMatchObject({ code: 'http', status: 500, portal: 'leboncoin' });
    expect(http.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([5_000, 10_000]);
  });

  it('caps the backoff', async () => {
    const { clock, outcome } = run(
      fakeAdapter,
      () => response(429, '', { 'retry-after': '3600' }),
      { maxRetries: 1 },
    );
    await outcome;
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('times out a portal that stops answering, retries, then says timeout', async () => {
    const { http, outcome } = run(fakeAdapter, () => 'hang');
    const result = await outcome;
    expect(result.error).toMatchObject({ code: 'timeout', portal: 'leboncoin' });
    expect(http.requests).toHaveLength(3);
    expect(http.requests.every((request) => request.signal?.aborted)).toBe(true);
  });

  it('retries a network failure and recovers', async () => {
    const { outcome } = run(fakeAdapter, (_request, index) =>
      index === 0 ? new Error('ECONNRESET') : pageOf(['1'], null),
    );
    const result = await outcome;
    expect(result.error).toBeNull();
    expect(result.listings).toHaveLength(1);
  });

  it('does not retry a captcha: it stops and says blocked', async () => {
    const { http, outcome } = run(leboncoinAdapter, () =>
      fixture('leboncoin', 'blocked-api.json', 403),
    );
    const result = await outcome;
    expect(result.error).toMatchObject({ code: 'blocked', status: 403 });
    expect(http.requests).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    const { http, outcome } = run(fakeAdapter, () => response(404, 'Not Found'));
    expect((await outcome).error).toMatchObject({ code: 'http', status: 404 });
    expect(http.requests).toHaveLength(1);
  });
});

describe('searchPortal failures', () => {
  it('keeps what was read before a changed format and reports it', async () => {
    const { outcome } = run(leboncoinAdapter, (_request, index) =>
      fixture('leboncoin', index === 0 ? 'search-api.json' : 'changed-format.json'),
    );
    const result = await outcome;
    expect(result.error).toMatchObject({ code: 'format-changed', portal: 'leboncoin' });
    expect(result.pagesRead).toBe(1);
    // Four ads, one in Paris 12e: outside a 75011 search.
    expect(result.listings).toHaveLength(3);
  });

  it('turns an adapter crash into a changed format', async () => {
    const { outcome } = run(fakeAdapter, () => response(200, 'not json'));
    expect((await outcome).error).toMatchObject({ code: 'format-changed' });
  });

  it('refuses invalid criteria with the schema’s French message', async () => {
    const clock = new FakeClock();
    const http = new ScriptedHttp(clock, () => pageOf([], null));
    await expect(
      searchPortal(fakeAdapter, { postalCodes: [] }, { http: http.client, clock }, limits),
    ).rejects.toThrow('Indiquez au moins une ville ou un code postal.');
    expect(http.requests).toHaveLength(0);
  });

  it('A4: a blocked portal does not stop the others', async () => {
    const clock = new FakeClock();
    const http = new ScriptedHttp(clock, (request) => {
      if (request.url.includes('seloger')) return fixture('seloger', 'blocked-datadome.html', 403);
      if (request.url.includes('suggest.json')) return fixture('bienici', 'suggest.json');
      if (request.url.includes('bienici')) return fixture('bienici', 'search-page-3.json');
      return fixture('leboncoin', 'search-api-last.json');
    });
    const outcomes = await searchPortals(
      [selogerAdapter, bieniciAdapter, leboncoinAdapter],
      criteria,
      { http: http.client, clock },
      limits,
    );
    expect(
      outcomes.map((outcome) => [
        outcome.portal,
        outcome.error?.code ?? null,
        outcome.listings.length,
      ]),
    ).toEqual([
      ['seloger', 'blocked', 0],
      ['bienici', null, 2],
      ['leboncoin', null, 2],
    ]);
  });
});
