import { useTranslation } from 'react-i18next';

/** Cancel and send, at the foot of every action's form. */
export function FormButtons({
  submitLabel,
  onCancel,
}: {
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions space-form-actions">
      <button type="button" className="secondary" onClick={onCancel}>
        {t('space.actions.cancel')}
      </button>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </div>
  );
}
