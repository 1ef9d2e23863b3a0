export * from './address.js';
export * from './ban.js';
export * from './errors.js';
export * from './matrix.js';
export * from './poi.js';
