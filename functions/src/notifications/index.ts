// E-mail notifications (N1): changes in the data become outbox entries, each exactly once.
export { notifyClientMove } from './notifyClientMove.js';
export { notifyPublication } from './notifyPublication.js';
export { notifyMessage } from './notifyMessage.js';
