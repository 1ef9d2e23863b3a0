// The client's own data as one archive (C6, L4).
export * from './archive.js';
