import { lazy } from 'react';

/**
 * The bell as its own chunk (it brings Firestore): give it to `renderPortal` as `headerExtra`,
 * so the sign-in page's bundle stays as it is.
 */
export const Bell = lazy(() => import('./Bell.js').then((module) => ({ default: module.Bell })));
