import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoSize, PropertyPhoto as Photo } from '@portail/shared';
import { PropertyPhoto } from '@portail/web';

/** Past this many photos the dots would not fit: the counter alone tells where one is. */
const MAX_DOTS = 12;
/** A mouse drag longer than this share of a slide turns the page. */
const TURN_SHARE = 0.15;

interface Drag {
  pointerId: number;
  startX: number;
  startLeft: number;
  moved: boolean;
}

/**
 * A row of photos, one a screen: swiped by touch (native scrolling with scroll-snap), dragged by
 * a mouse (pointer events), turned with the arrows, the dots or the keyboard. Only the photos
 * next to the shown one are fetched, so a 40-photo property does not download 40 at once.
 */
export function PhotoTrack({
  propertyId,
  photos,
  size,
  start = 0,
  onIndex,
  onOpen,
  focusFirst = false,
  jump,
}: {
  propertyId: string;
  photos: Photo[];
  size: PhotoSize;
  start?: number;
  onIndex?: (index: number) => void;
  /** Tapping a photo opens it (the inline gallery opens the full-screen view). */
  onOpen?: (index: number) => void;
  /** Takes the focus on opening, so the arrow keys turn the photos at once (full screen). */
  focusFirst?: boolean;
  /** Shows this photo at once, each time `version` changes (back from full screen). */
  jump?: { index: number; version: number };
}) {
  const { t } = useTranslation();
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const [index, setIndex] = useState(start);
  const [dragging, setDragging] = useState(false);
  const total = photos.length;

  // Opened at a given photo (full screen), without a visible scroll to it.
  useLayoutEffect(() => {
    const element = track.current;
    if (element && start > 0) element.scrollLeft = start * element.clientWidth;
    if (element && focusFirst) element.focus({ preventScroll: true });
    // Only where it opens: later moves come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The scroll event that follows updates the shown index.
  useEffect(() => {
    const element = track.current;
    if (element && jump) element.scrollLeft = jump.index * element.clientWidth;
  }, [jump]);

  function goTo(target: number): number {
    const next = Math.max(0, Math.min(total - 1, target));
    track.current?.scrollTo({ left: next * track.current.clientWidth, behavior: 'smooth' });
    return next;
  }

  function onScroll() {
    const element = track.current;
    if (!element || element.clientWidth === 0) return;
    const shown = Math.round(element.scrollLeft / element.clientWidth);
    if (shown !== index) {
      setIndex(shown);
      onIndex?.(shown);
    }
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    // Touch and pen scroll natively; only a mouse needs dragging by hand.
    if (event.pointerType !== 'mouse' || event.button !== 0 || !track.current) return;
    drag.current = {
      pointerId: event.pointerId,
      startX: event.clientX,
      startLeft: track.current.scrollLeft,
      moved: false,
    };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    const element = track.current;
    if (!current || !element || current.pointerId !== event.pointerId) return;
    const dx = event.clientX - current.startX;
    if (!current.moved && Math.abs(dx) > 4) {
      current.moved = true;
      element.setPointerCapture(event.pointerId);
      setDragging(true);
    }
    if (current.moved) element.scrollLeft = current.startLeft - dx;
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    const element = track.current;
    if (!current || !element || current.pointerId !== event.pointerId) return;
    if (current.moved) {
      const dx = event.clientX - current.startX;
      const from = Math.round(current.startLeft / element.clientWidth);
      const turn = Math.abs(dx) > element.clientWidth * TURN_SHARE ? (dx < 0 ? 1 : -1) : 0;
      setDragging(false);
      goTo(from + turn);
      // The click that ends a drag must not open the photo.
      setTimeout(() => (drag.current = null));
    } else {
      drag.current = null;
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = goTo(index + step);
    // A focused photo hands the focus to the one it turned to (the others are out of tab order).
    const slide = track.current?.children[next];
    if (onOpen && slide instanceof HTMLElement && track.current?.contains(document.activeElement)) {
      slide.focus({ preventScroll: true });
    }
  }

  return (
    <div className="space-track-frame" onKeyDown={onKeyDown}>
      <div
        ref={track}
        tabIndex={focusFirst ? -1 : undefined}
        className={dragging ? 'space-track space-track-dragging' : 'space-track'}
        onScroll={onScroll}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        {photos.map((photo, n) => {
          const label = t('space.gallery.photo', { n: n + 1, total });
          // The shown photo and its neighbours; the others wait until they come near.
          const near = Math.abs(n - index) <= 1;
          const image = near ? (
            <PropertyPhoto
              propertyId={propertyId}
              photoId={photo.id}
              size={size}
              alt={label}
              className="space-photo"
            />
          ) : (
            <div className="photo-placeholder space-photo" />
          );
          return onOpen ? (
            <button
              key={photo.id}
              type="button"
              className="space-slide"
              aria-label={t('space.gallery.open', { n: n + 1, total })}
              tabIndex={n === index ? 0 : -1}
              onClick={() => {
                if (!drag.current?.moved) onOpen(n);
              }}
            >
              {image}
            </button>
          ) : (
            <div
              key={photo.id}
              className="space-slide"
              role="group"
              aria-roledescription="photo"
              aria-label={label}
              aria-hidden={n === index ? undefined : true}
            >
              {image}
            </div>
          );
        })}
      </div>
      {total > 1 && (
        <>
          <button
            type="button"
            className="space-track-arrow space-track-previous"
            aria-label={t('space.gallery.previous')}
            onClick={() => goTo(index - 1)}
            disabled={index === 0}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="space-track-arrow space-track-next"
            aria-label={t('space.gallery.next')}
            onClick={() => goTo(index + 1)}
            disabled={index === total - 1}
          >
            <span aria-hidden="true">›</span>
          </button>
          <p className="space-track-counter" aria-live="polite">
            {t('space.gallery.photo', { n: index + 1, total })}
          </p>
          {total <= MAX_DOTS && (
            <div className="space-track-dots">
              {photos.map((photo, n) => (
                <button
                  key={photo.id}
                  type="button"
                  className="space-track-dot"
                  aria-label={t('space.gallery.goTo', { n: n + 1 })}
                  aria-current={n === index ? 'true' : undefined}
                  onClick={() => goTo(n)}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
