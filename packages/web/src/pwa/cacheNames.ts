/**
 * The service worker's runtime cache of property photos: named here for the worker's build
 * (serviceWorkerPlugin.ts) and for the page, which empties it when the user signs out.
 */
export const photoCacheName = 'portail-photos';
