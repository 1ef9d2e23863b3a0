import { Workbox } from 'workbox-window';
import { loadAuth } from '../auth/authLoader.js';
import { photoCacheName } from './cacheNames.js';
import { offerUpdate } from './updateStore.js';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers `/sw.js` (built by serviceWorkerPlugin.ts). A new version installs in the background
 * and waits: the page offers to reload, and only then does the new worker take over, so a screen
 * never runs code from two versions.
 */
export function registerServiceWorker(): void {
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
  // An app left open (an installed one especially) still hears of new versions.
  setInterval(() => void workbox.update(), UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update();
  });
  void forgetPhotosOnSignOut();
}

/** Photos are cached per URL, for whoever asked: a device's next user must not inherit them. */
async function forgetPhotosOnSignOut() {
  const { auth } = await loadAuth();
  auth.onAuthStateChanged((user) => {
    if (!user) void caches.delete(photoCacheName);
  });
}
