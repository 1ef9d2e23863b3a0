import { lazy, Suspense } from 'react';
import { useWaitingUpdate } from './updateStore.js';

// Only shown once a new version waits: its chunk (precached like the rest) loads then.
const UpdateBanner = lazy(() =>
  import('./UpdateBanner.js').then((module) => ({ default: module.UpdateBanner })),
);

/** "A new version is available — Reload": shown while a newer service worker waits. */
export function UpdatePrompt() {
  const applyUpdate = useWaitingUpdate();
  if (!applyUpdate) return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner applyUpdate={applyUpdate} />
    </Suspense>
  );
}
