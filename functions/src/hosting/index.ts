// What Hosting rewrites to functions: each agency's manifest and app icons, per host (C5, T3).
export { manifest } from './manifest.js';
export { appIcon } from './appIcon.js';
