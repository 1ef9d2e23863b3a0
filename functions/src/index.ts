export { sendOutboxEmail } from './outbox/sendOutboxEmail.js';
export { whoAmI } from './session/whoAmI.js';
export * from './tenancy/index.js';
export * from './clients/index.js';
