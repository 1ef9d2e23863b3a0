import { AggregatorError, isScrapingPortal, type ListingPortal } from '@portail/shared';
import { db } from '../../admin.js';
import { portalAdapter } from '../adapters.js';
import { createFeedAdapter } from '../feed/adapter.js';
import type { PortalAdapter } from '../types.js';
import { aggregatorSettingsPath, feedSecretPath } from './paths.js';

export async function scrapingEnabled(tenantId: string): Promise<boolean> {
  const settings = await db.doc(aggregatorSettingsPath(tenantId)).get();
  return settings.get('portalScraping') === true;
}

/**
 * The source a tenant may read for `portal`: a scraping portal only after the admin opted in,
 * the licensed feed only with the tenant's key. Throws the coded reason otherwise.
 */
export async function sourceFor(
  tenantId: string,
  portal: ListingPortal,
  optedIn?: boolean,
): Promise<PortalAdapter> {
  if (isScrapingPortal(portal)) {
    if (!(optedIn ?? (await scrapingEnabled(tenantId)))) {
      throw new AggregatorError('scraping-not-enabled', { portal });
    }
    return portalAdapter(portal as Exclude<ListingPortal, 'feed'>);
  }
  const secret = (await db.doc(feedSecretPath(tenantId)).get()).data();
  if (typeof secret?.baseUrl !== 'string' || typeof secret.apiKey !== 'string') {
    throw new AggregatorError('feed-not-configured', { portal });
  }
  return createFeedAdapter({ baseUrl: secret.baseUrl, apiKey: secret.apiKey });
}
