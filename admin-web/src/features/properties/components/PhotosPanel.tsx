import { useTranslation } from 'react-i18next';
import { PROPERTY_MAX_PHOTOS, type PropertyPhoto } from '@portail/shared';
import { useReadOnly } from '@portail/web';
import { PhotoDropZone } from './PhotoDropZone.js';
import { PhotoGrid } from './PhotoGrid.js';
import { UploadList } from './UploadList.js';
import { usePhotoUploads } from './usePhotoUploads.js';

/** H2 — a property's photos: add several at once, reorder, delete. */
export function PhotosPanel({
  propertyId,
  title,
  photos,
}: {
  propertyId: string;
  title: string;
  photos: readonly PropertyPhoto[];
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const uploads = usePhotoUploads(propertyId, photos.length);
  return (
    <section className="panel photos-panel" aria-labelledby="photos-title">
      <h2 id="photos-title">
        {t('properties.photos.title')}{' '}
        <span className="count">
          {t('properties.photos.count', { count: photos.length, max: PROPERTY_MAX_PHOTOS })}
        </span>
      </h2>
      <PhotoDropZone disabled={readOnly} onFiles={(files) => void uploads.add(files)} />
      <UploadList items={uploads.items} onDismiss={uploads.dismiss} />
      <PhotoGrid
        propertyId={propertyId}
        title={title}
        photos={photos}
        locked={readOnly || uploads.busy}
      />
    </section>
  );
}
