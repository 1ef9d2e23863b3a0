// First: it sets the global options (App Check) every function reads when it is declared.
import './common/appCheck.js';
export { sendOutboxEmail } from './outbox/sendOutboxEmail.js';
export { whoAmI } from './session/whoAmI.js';
export { files } from './files/serveFile.js';
export * from './tenancy/index.js';
export * from './clients/index.js';
export * from './properties/index.js';
export * from './assignments/index.js';
export * from './aggregator/functions.js';
export * from './dossiers/index.js';
export * from './notifications/index.js';
export * from './emails/index.js';
export * from './business/index.js';
export * from './exports/index.js';
export * from './hosting/index.js';
export * from './messages/index.js';
