import { PHOTO_MAX_BYTES, type ListingPortal } from '@portail/shared';
import type { HttpClient, PortalAdapter } from '../types.js';
import { createFetchClient } from '../runner/fetchClient.js';
import type { AggregatorConfig } from './config.js';

/** `https://www.seloger.com/a?b` under `http://fixture/portals/seloger` → `…/seloger/www.seloger.com/a?b`. */
export function rewriteUrl(url: string, base: string | undefined): string {
  if (base === undefined) return url;
  const parsed = new URL(url);
  return `${base}/${parsed.hostname}${parsed.pathname}${parsed.search}`;
}

/** Every request of one portal (pages, API, photos) under its injected base URL, when it has one. */
export function portalHttpClient(
  portal: ListingPortal,
  config: AggregatorConfig,
  inner: HttpClient = createFetchClient(),
): HttpClient {
  const base = config.baseUrls[portal];
  return (request) => inner({ ...request, url: rewriteUrl(request.url, base) });
}

/** The adapter as the runs use it: against the fixtures, with the configured (shorter) delay. */
export function configuredAdapter(adapter: PortalAdapter, config: AggregatorConfig): PortalAdapter {
  if (config.baseUrls[adapter.portal] === undefined || config.fixtureDelayMs === undefined) {
    return adapter;
  }
  return { ...adapter, minDelayMs: config.fixtureDelayMs };
}

const photoTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** One listing photo's bytes, through the portal's base URL, bounded in size and time. */
export async function fetchListingPhoto(
  url: string,
  portal: ListingPortal,
  config: AggregatorConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<{ bytes: Buffer; type: string }> {
  const answer = await fetchImpl(rewriteUrl(url, config.baseUrls[portal]), {
    headers: { 'User-Agent': config.limits.userAgent, Accept: 'image/*' },
    signal: AbortSignal.timeout(config.limits.timeoutMs),
    redirect: 'follow',
  });
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  const type = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!photoTypes.has(type)) throw new Error(`type ${type || 'absent'}`);
  const bytes = Buffer.from(await answer.arrayBuffer());
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new Error(`${bytes.byteLength} octets`);
  return { bytes, type };
}
