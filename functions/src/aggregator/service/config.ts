import { listingPortals, type ListingPortal } from '@portail/shared';
import { defaultSearchLimits, type SearchLimits } from '../runner/searchPortal.js';
import { buildUserAgent } from '../runner/politeFetch.js';

export interface AggregatorConfig {
  /**
   * Per portal, where its requests go instead of the portal's own hosts (the local fixture
   * server). Absent in production: requests go to the portals themselves.
   */
  baseUrls: Partial<Record<ListingPortal, string>>;
  limits: SearchLimits;
  /**
   * Delay between two requests to one portal, replacing the adapters' minimum. Honoured only
   * for portals with a base URL (the fixtures): production never goes below the adapters' delays.
   */
  fixtureDelayMs: number | undefined;
}

/** `seloger=http://127.0.0.1:4600/portals/seloger,bienici=…`; unknown names are ignored. */
export function parseBaseUrls(text: string | undefined): Partial<Record<ListingPortal, string>> {
  const result: Partial<Record<ListingPortal, string>> = {};
  for (const part of (text ?? '').split(',')) {
    const [name, url] = part.split('=').map((value) => value.trim());
    if (!name || !url || !(listingPortals as readonly string[]).includes(name)) continue;
    result[name as ListingPortal] = url.replace(/\/+$/, '');
  }
  return result;
}

const numberOr = (text: string | undefined, fallback: number) => {
  const value = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(value) && value >= 0
    ? value
    : fallback;
};

export function aggregatorConfig(env: NodeJS.ProcessEnv = process.env): AggregatorConfig {
  return {
    baseUrls: parseBaseUrls(env.PORTAL_BASE_URLS),
    limits: {
      ...defaultSearchLimits,
      userAgent: buildUserAgent(env.AGGREGATOR_CONTACT_URL ?? 'https://portail-immo.fr/robot'),
      timeoutMs: numberOr(env.AGGREGATOR_TIMEOUT_MS, defaultSearchLimits.timeoutMs),
      maxRetries: numberOr(env.AGGREGATOR_MAX_RETRIES, defaultSearchLimits.maxRetries),
      backoffBaseMs: numberOr(env.AGGREGATOR_BACKOFF_MS, defaultSearchLimits.backoffBaseMs),
      maxPages: numberOr(env.AGGREGATOR_MAX_PAGES, defaultSearchLimits.maxPages),
    },
    fixtureDelayMs:
      env.AGGREGATOR_FIXTURE_DELAY_MS === undefined
        ? undefined
        : numberOr(env.AGGREGATOR_FIXTURE_DELAY_MS, 0),
  };
}
