import { useTranslation } from 'react-i18next';
import { PROPERTY_MAX_PHOTOS } from '@portail/shared';
import { sizeValues, type UploadItem } from './usePhotoUploads.js';
import { useLocalised } from './useLocalError.js';

/** One line per photo being added: its progress bar, or why it was refused. */
export function UploadList({
  items,
  onDismiss,
}: {
  items: UploadItem[];
  onDismiss: (key: string) => void;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  if (items.length === 0) return null;

  function problem(item: UploadItem): string {
    if (item.code === 'too-many')
      return t('properties.photos.tooMany', { max: PROPERTY_MAX_PHOTOS });
    if (item.status === 'refused' && item.message) {
      return localised.message(
        item.message,
        `properties.photos.refusals.${item.code}`,
        sizeValues(item.size),
      );
    }
    return localised.french && item.message && item.code !== 'functions/internal'
      ? item.message
      : t('properties.photos.uploadFailed');
  }

  return (
    <ul className="upload-list" aria-label={t('properties.photos.uploads')}>
      {items.map((item) => {
        const failed = item.status === 'refused' || item.status === 'failed';
        return (
          <li key={item.key} className={`upload-item upload-${item.status}`}>
            <span className="upload-name">{item.name}</span>
            {item.status === 'uploading' && (
              <progress
                max={1}
                value={item.progress}
                aria-label={t('properties.photos.progress', { name: item.name })}
              />
            )}
            {!failed && (
              <span className="upload-state">
                {item.status === 'uploading'
                  ? t('properties.photos.uploading', { percent: Math.round(item.progress * 100) })
                  : t(`properties.photos.${item.status}`)}
              </span>
            )}
            {failed && (
              <>
                <p role="alert" className="error upload-problem">
                  {problem(item)}
                </p>
                <button
                  type="button"
                  className="secondary upload-dismiss"
                  aria-label={t('properties.photos.dismiss', { name: item.name })}
                  onClick={() => onDismiss(item.key)}
                >
                  ×
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
