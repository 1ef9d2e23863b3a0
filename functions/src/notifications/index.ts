// Notifications (N1): changes in the data become outbox entries and bell items, each exactly once.
export { notifyClientMove } from './notifyClientMove.js';
export { notifyPublication } from './notifyPublication.js';
export { notifyMessage } from './notifyMessage.js';
export { notifyAppointment } from './notifyAppointment.js';
export { notifyDocument } from './notifyDocument.js';
export { notifyStaffRequest } from './notifyStaffRequest.js';
