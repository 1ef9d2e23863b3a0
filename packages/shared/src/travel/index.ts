export * from './travelTimes.js';
