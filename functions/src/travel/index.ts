// Travel times (C4): cached per property and point, kept in step by these triggers.
export { travelTimesOnAssignment, travelTimesOnPoi } from './triggers.js';
