export * from './document.js';
export * from './attachment.js';
export * from './precheck.js';
