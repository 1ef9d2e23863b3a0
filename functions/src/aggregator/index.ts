export type * from './types.js';
export { portalAdapters, portalAdapter } from './adapters.js';
export { selogerAdapter } from './seloger/adapter.js';
export { bieniciAdapter } from './bienici/adapter.js';
export { leboncoinAdapter } from './leboncoin/adapter.js';
export { createFeedAdapter, type FeedConfig } from './feed/adapter.js';
export { hydraFieldMapping, hydraQueryMapping } from './feed/mapping.js';
export type { FeedFieldMapping, FeedQueryMapping } from './feed/mapping.js';
export { parseListingUrl, type ParsedListingUrl } from './parseListingUrl.js';
export { importListing, type ImportDeps } from './importListing.js';
export {
  searchPortal,
  searchPortals,
  defaultSearchLimits,
  type SearchLimits,
  type SearchDeps,
  type PortalSearchOutcome,
} from './runner/searchPortal.js';
export {
  buildUserAgent,
  defaultPoliteOptions,
  politeFetch,
  type PoliteOptions,
} from './runner/politeFetch.js';
export { Throttle } from './runner/throttle.js';
export { createFetchClient, MAX_BODY_BYTES } from './runner/fetchClient.js';
export { systemClock, type Clock } from './runner/clock.js';
