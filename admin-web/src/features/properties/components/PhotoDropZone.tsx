import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPERTY_MAX_PHOTOS } from '@portail/shared';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Several photos at once: picked (the phone's gallery or camera) or dropped from the desktop. */
export function PhotoDropZone({
  disabled,
  onFiles,
}: {
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'photo-drop photo-drop-over' : 'photo-drop'}
      role="group"
      aria-label={t('properties.photos.dropZone')}
      onDragOver={(event) => {
        // Photos dragged inside the grid are not files: they are for the grid.
        if (disabled || !hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (disabled || !hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      <p>
        {t('properties.photos.drop')}{' '}
        <label htmlFor={inputId} className="link-button secondary photo-pick">
          {t('properties.photos.add')}
        </label>
      </p>
      <input
        id={inputId}
        className="sr-only"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that picking the same file again is a new pick.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <small className="field-help">
        {t('properties.photos.dropHint', { max: PROPERTY_MAX_PHOTOS })}
      </small>
    </div>
  );
}
