/**
 * The service worker in production builds only (never under the Vite dev server, whose modules
 * change on every save), registered after the first paint from a chunk of its own so that
 * workbox-window costs the sign-in page nothing.
 */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('./registerServiceWorker.js').then((module) => module.registerServiceWorker());
  if (document.readyState === 'complete') setTimeout(register, 0);
  else window.addEventListener('load', register, { once: true });
}
