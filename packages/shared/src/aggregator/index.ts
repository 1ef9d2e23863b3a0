export * from './listing.js';
export * from './criteria.js';
export * from './errors.js';
export * from './dedup.js';
export * from './savedSearch.js';
export * from './listingProperty.js';
