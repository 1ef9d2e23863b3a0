import { useTranslation } from 'react-i18next';
import { useWriteFeedback } from './useWriteFeedback.js';

/** Under a section's form: saved (until the next edit), or why the write did not happen. */
export function SaveFeedback({ saved, error }: { saved: boolean; error: unknown }) {
  const { t } = useTranslation();
  const message = useWriteFeedback();
  if (error) {
    return (
      <p role="alert" className="error">
        {message(error)}
      </p>
    );
  }
  return saved ? (
    <p role="status" className="saved">
      {t('clientFile.saved')}
    </p>
  ) : null;
}

/** Save, and undo while there is something to undo. */
export function SaveActions({
  dirty,
  pending,
  disabled,
  onUndo,
}: {
  dirty: boolean;
  pending: boolean;
  disabled: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions file-form-actions">
      {dirty && (
        <button type="button" className="secondary" onClick={onUndo} disabled={pending}>
          {t('clientFile.undo')}
        </button>
      )}
      <button type="submit" className="primary" disabled={disabled || pending || !dirty}>
        {pending ? t('ui.pending') : t('ui.save')}
      </button>
    </div>
  );
}
