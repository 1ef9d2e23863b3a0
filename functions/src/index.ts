export { sendOutboxEmail } from './outbox/sendOutboxEmail.js';
export { whoAmI } from './session/whoAmI.js';
