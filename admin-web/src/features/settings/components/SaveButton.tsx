import { useTranslation } from 'react-i18next';

/** A settings tab's save button, with the saved or failed message above it. */
export function SaveButton({
  save,
  label,
}: {
  save: { isPending: boolean; isSuccess: boolean; error: unknown };
  /** When a tab has two forms, a name that tells them apart. */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {save.error ? (
        <p role="alert" className="error">
          {t('settings.saveFailed')}
        </p>
      ) : save.isSuccess && !save.isPending ? (
        <p role="status" className="saved">
          {t('settings.saved')}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={save.isPending}>
        {label ?? t('ui.save')}
      </button>
    </>
  );
}
