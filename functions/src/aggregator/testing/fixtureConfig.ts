import { listingPortals } from '@portail/shared';
import { defaultSearchLimits } from '../runner/searchPortal.js';
import type { AggregatorConfig } from '../service/config.js';

/**
 * The runs' configuration in tests: every portal under a fixture server's `/portals/<portal>`,
 * no delay between requests, short timeouts and one retry.
 */
export function fixtureServerConfig(serverUrl: string): AggregatorConfig {
  return {
    baseUrls: Object.fromEntries(
      listingPortals.map((portal) => [portal, `${serverUrl}/portals/${portal}`]),
    ),
    limits: {
      ...defaultSearchLimits,
      userAgent: 'PortailImmoBot/1.0 (+https://portail.test/robot)',
      timeoutMs: 2_000,
      maxRetries: 1,
      backoffBaseMs: 10,
    },
    fixtureDelayMs: 0,
  };
}
