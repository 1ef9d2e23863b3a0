export * from './identity/roles.js';
export * from './branding/branding.js';
export * from './outbox/outbox.js';
export * from './outbox/layout.js';
export * from './pipeline/stages.js';
export * from './tenancy/contracts.js';
export * from './tenancy/signInLink.js';
export * from './outbox/templates.js';
