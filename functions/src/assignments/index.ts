// Assignments and the pipeline (H3–H4): assigning, and the history of every move.
export { assignProperties } from './assignProperties.js';
export { recordMove } from './recordMove.js';
