// The mandate register (L2): append-only, numbered in order, kept 10 years.
export { createMandate } from './createMandate.js';
