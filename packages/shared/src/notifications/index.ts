// E-mail notifications: which change sends what to whom, preferences, and the callables' inputs.
export * from './appointmentEvents.js';
export * from './bell.js';
export * from './callables.js';
export * from './inputs.js';
export * from './moveEvents.js';
export * from './outboxLog.js';
export * from './preferences.js';
