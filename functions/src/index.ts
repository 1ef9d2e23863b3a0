export { sendOutboxEmail } from './outbox/sendOutboxEmail.js';
export { whoAmI } from './session/whoAmI.js';
export { files } from './files/serveFile.js';
export * from './tenancy/index.js';
export * from './clients/index.js';
export * from './properties/index.js';
export * from './assignments/index.js';
