// Messages (H7, C3): written by the apps under the rules; the trigger keeps the unread counts.
export { countMessage } from './countMessage.js';
