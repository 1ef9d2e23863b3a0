import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropertyPhoto as Photo } from '@portail/shared';
import { PhotoTrack } from './PhotoTrack.js';

/** The property's photos, full width on a phone; a tap opens them full screen. */
export function Gallery({ propertyId, photos }: { propertyId: string; photos: Photo[] }) {
  const { t } = useTranslation();
  const [fullScreenAt, setFullScreenAt] = useState<number | null>(null);
  // Back from full screen, the row shows the photo last seen there.
  const [jump, setJump] = useState<{ index: number; version: number }>();
  if (photos.length === 0) {
    return (
      <div
        className="space-gallery space-gallery-empty"
        role="img"
        aria-label={t('space.gallery.none')}
      >
        <span aria-hidden="true">⌂</span>
      </div>
    );
  }
  return (
    <section className="space-gallery" aria-label={t('space.gallery.label')}>
      <PhotoTrack
        propertyId={propertyId}
        photos={photos}
        size="phone"
        onOpen={setFullScreenAt}
        jump={jump}
      />
      {fullScreenAt !== null && (
        <FullScreenGallery
          propertyId={propertyId}
          photos={photos}
          start={fullScreenAt}
          onClose={(last) => {
            setJump((previous) => ({ index: last, version: (previous?.version ?? 0) + 1 }));
            setFullScreenAt(null);
          }}
        />
      )}
    </section>
  );
}

/** The photos at full size over the page (a modal `<dialog>`: Escape closes it). */
function FullScreenGallery({
  propertyId,
  photos,
  start,
  onClose,
}: {
  propertyId: string;
  photos: Photo[];
  start: number;
  onClose: (last: number) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState(start);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="space-fullscreen"
      aria-label={t('space.gallery.fullScreen')}
      onCancel={(event) => {
        event.preventDefault();
        onClose(shown);
      }}
    >
      <button
        type="button"
        className="space-fullscreen-close"
        onClick={() => onClose(shown)}
        aria-label={t('space.gallery.close')}
      >
        <span aria-hidden="true">✕</span>
      </button>
      <PhotoTrack
        propertyId={propertyId}
        photos={photos}
        size="full"
        start={start}
        onIndex={setShown}
        focusFirst
      />
    </dialog>
  );
}
