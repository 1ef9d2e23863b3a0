// The mandate register (L2).
export * from './mandate.js';
export * from './mandateExport.js';
