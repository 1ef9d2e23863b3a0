import { useSyncExternalStore } from 'react';

/** The width under which rows become cards and their actions a "⋯" menu (see clients.css). */
const compactQuery = '(max-width: 700px)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(compactQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on a phone-sized screen; follows rotation and window resizing. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(compactQuery).matches);
}
