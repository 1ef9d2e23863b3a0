// Points of interest (H9): written only through these callables, which geocode the address.
export { savePointOfInterest } from './savePointOfInterest.js';
export { deletePointOfInterest } from './deletePointOfInterest.js';
