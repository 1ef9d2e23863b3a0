export * from './dossier.js';
export * from './policy.js';
export * from './guests.js';
export * from './exports.js';
