export * from './appointment.js';
export * from './ics.js';
