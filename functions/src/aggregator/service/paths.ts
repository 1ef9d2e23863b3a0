import { listingPortals, type ListingPortal } from '@portail/shared';

export const searchPath = (tenantId: string, searchId: string) =>
  `tenants/${tenantId}/searches/${searchId}`;
export const inboxCollection = (tenantId: string) => `tenants/${tenantId}/inbox`;
export const inboxPath = (tenantId: string, entryId: string) =>
  `${inboxCollection(tenantId)}/${entryId}`;
/** The admin's opt-in (A5): its own document, written only by `setPortalScraping`. */
export const aggregatorSettingsPath = (tenantId: string) => `tenants/${tenantId}/config/aggregator`;
/** The licensed feed's address and key: functions only (no rule opens `secrets`). */
export const feedSecretPath = (tenantId: string) => `tenants/${tenantId}/secrets/feed`;
/**
 * One queue per portal (one task = one (tenant, search, portal) run, run by that portal's
 * trigger) and the `fanout` queue (one task = the scheduled fan-out, from its cursor).
 */
export const runQueues = [...listingPortals, 'fanout'] as const;
export type RunQueue = ListingPortal | 'fanout';
export const QUEUES_ROOT = 'aggregatorQueues';
/** `root` is another top-level collection only in tests, where no trigger listens. */
export const runQueueCollection = (queue: RunQueue, root = QUEUES_ROOT) => `${root}/${queue}/runs`;
