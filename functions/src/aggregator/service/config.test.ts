import { describe, expect, it } from 'vitest';
import { selogerAdapter } from '../seloger/adapter.js';
import type { HttpRequest } from '../types.js';
import { aggregatorConfig, parseBaseUrls } from './config.js';
import { configuredAdapter, portalHttpClient, rewriteUrl } from './portalHttp.js';

describe('the portals’ base URLs', () => {
  it('reads one base URL per known portal', () => {
    expect(
      parseBaseUrls('seloger=http://127.0.0.1:4600/portals/seloger/, pap=http://x, bienici='),
    ).toEqual({ seloger: 'http://127.0.0.1:4600/portals/seloger' });
    expect(parseBaseUrls(undefined)).toEqual({});
  });

  it('puts a request under its portal’s base, host kept in the path', () => {
    expect(
      rewriteUrl(
        'https://www.seloger.com/classified-search?locations=75011',
        'http://f/portals/seloger',
      ),
    ).toBe('http://f/portals/seloger/www.seloger.com/classified-search?locations=75011');
    expect(rewriteUrl('https://www.seloger.com/a', undefined)).toBe('https://www.seloger.com/a');
  });

  it('sends every request of a configured portal to its base, photos included', async () => {
    const seen: string[] = [];
    const inner = async (request: HttpRequest) => {
      seen.push(request.url);
      return { status: 200, headers: {}, body: '' };
    };
    const config = aggregatorConfig({ PORTAL_BASE_URLS: 'leboncoin=http://f/lbc' });
    await portalHttpClient(
      'leboncoin',
      config,
      inner,
    )({
      method: 'GET',
      url: 'https://img.leboncoin.fr/api/v1/x.jpg',
    });
    await portalHttpClient(
      'seloger',
      config,
      inner,
    )({
      method: 'GET',
      url: 'https://www.seloger.com/x',
    });
    expect(seen).toEqual([
      'http://f/lbc/img.leboncoin.fr/api/v1/x.jpg',
      'https://www.seloger.com/x',
    ]);
  });
});

describe('the fixture delay', () => {
  it('shortens a portal’s delay only when that portal goes to the fixtures', () => {
    const local = aggregatorConfig({
      PORTAL_BASE_URLS: 'seloger=http://f/seloger',
      AGGREGATOR_FIXTURE_DELAY_MS: '50',
    });
    expect(configuredAdapter(selogerAdapter, local).minDelayMs).toBe(50);
    const production = aggregatorConfig({ AGGREGATOR_FIXTURE_DELAY_MS: '50' });
    expect(configuredAdapter(selogerAdapter, production).minDelayMs).toBe(
      selogerAdapter.minDelayMs,
    );
  });

  it('identifies the robot and keeps the polite defaults without settings', () => {
    const config = aggregatorConfig({});
    expect(config.limits.userAgent).toMatch(/^PortailImmoBot\/1\.0 \(\+https:\/\//);
    expect(config.limits.maxRetries).toBe(3);
    expect(config.fixtureDelayMs).toBeUndefined();
  });
});
