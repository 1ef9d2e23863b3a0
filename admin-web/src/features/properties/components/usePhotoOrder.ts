import { useCallback, useEffect, useRef, useState } from 'react';
import type { PropertyPhoto } from '@portail/shared';
import { useUpdatePhotos } from '../api/updatePhotos.js';

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

interface Pending {
  /** The order the hunter arranged, shown until the live document has caught up. */
  wanted: string[] | null;
  /** The live order's key when the last save returned; null while saving. */
  savedAt: string | null;
}

/**
 * The photos' order as the hunter arranges it. Each change shows at once and is saved through
 * `updatePhotos`, one call at a time: a quick run of moves sends only the latest order once the
 * call in flight returns, so calls cannot land out of order. The live `photos` is the truth:
 * once the save shows there, or after a refusal, the grid shows it again.
 */
interface Change {
  order: string[];
  remove: string[];
}

export function usePhotoOrder(propertyId: string, photos: readonly PropertyPhoto[]) {
  const update = useUpdatePhotos();
  const live = photos.map((photo) => photo.id);
  const liveKey = live.join(',');
  const liveKeyNow = useRef(liveKey);
  useEffect(() => {
    liveKeyNow.current = liveKey;
  }, [liveKey]);
  const [pending, setPending] = useState<Pending>({ wanted: null, savedAt: null });
  const [failed, setFailed] = useState<unknown>(null);
  const inFlight = useRef(false);
  const queued = useRef<Change | null>(null);

  const send = useCallback(
    (first: Change) => {
      function run(change: Change) {
        if (inFlight.current) {
          queued.current = change;
          return;
        }
        inFlight.current = true;
        update.mutateAsync({ propertyId, ...change }).then(
          () => {
            inFlight.current = false;
            const next = queued.current;
            queued.current = null;
            if (next) return run(next);
            setPending((current) => ({ ...current, savedAt: liveKeyNow.current }));
          },
          (error: unknown) => {
            inFlight.current = false;
            queued.current = null;
            setFailed(error);
            setPending({ wanted: null, savedAt: null });
          },
        );
      }
      run(first);
    },
    [propertyId, update],
  );

  // Saved, and the live order has changed since (or already is the one saved): show it.
  const settled =
    pending.wanted !== null &&
    pending.savedAt !== null &&
    (pending.savedAt !== liveKey || same(pending.wanted, live));
  const arranged = pending.wanted && !settled ? pending.wanted : live;
  // Photos deleted meanwhile drop out; photos that arrived meanwhile come last.
  const kept = arranged.filter((id) => live.includes(id));
  const order = [...kept, ...live.filter((id) => !kept.includes(id))];

  const change = (next: string[]) => {
    if (same(next, order)) return;
    setFailed(null);
    setPending({ wanted: next, savedAt: null });
    // Deleted: what was shown and is no longer; a photo that arrived since is not named, so kept.
    send({ order: next, remove: order.filter((id) => !next.includes(id)) });
  };

  return { order, change, saving: pending.wanted !== null && !settled, failed };
}
