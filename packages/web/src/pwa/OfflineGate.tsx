import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

// Needed only when the app opens offline: its chunk is in the service worker's precache.
const OfflinePage = lazy(() =>
  import('./OfflinePage.js').then((module) => ({ default: module.OfflinePage })),
);

/**
 * Opened offline (the service worker serves the app shell), the app shows the offline page
 * instead of an "unknown space" it cannot check. Only at start: a session that loses the
 * network later keeps its screens, which work from Firestore's cache.
 */
export function OfflineGate({ children }: { children: ReactNode }) {
  const [offline, setOffline] = useState(() => navigator.onLine === false);
  useEffect(() => {
    if (!offline) return;
    const online = () => setOffline(false);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [offline]);
  if (offline) {
    return (
      <Suspense fallback={null}>
        <OfflinePage onRetry={() => setOffline(navigator.onLine === false)} />
      </Suspense>
    );
  }
  return children;
}
