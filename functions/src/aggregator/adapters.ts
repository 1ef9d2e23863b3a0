import type { ListingPortal } from '@portail/shared';
import type { PortalAdapter } from './types.js';
import { bieniciAdapter } from './bienici/adapter.js';
import { leboncoinAdapter } from './leboncoin/adapter.js';
import { selogerAdapter } from './seloger/adapter.js';

/** The three portals read from their public pages; licensed feeds are built per tenant. */
export const portalAdapters: readonly PortalAdapter[] = [
  selogerAdapter,
  bieniciAdapter,
  leboncoinAdapter,
];

export function portalAdapter(portal: Exclude<ListingPortal, 'feed'>): PortalAdapter {
  return portalAdapters.find((adapter) => adapter.portal === portal)!;
}
