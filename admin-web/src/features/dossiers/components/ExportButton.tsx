import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { exportDossierList } from '../api/history.js';
import type { DossierFilters } from '../api/listDossiers.js';

/** The list as a real .xlsx, with the filters of the screen (the search aside). */
export function ExportButton({
  filters,
  disabled,
}: {
  filters: DossierFilters;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await exportDossierList(
        {
          clientId: filters.clientId,
          paid: filters.paid === '' ? '' : String(filters.paid === 'paid'),
          downloadState: filters.downloadState,
        },
        i18n.language === 'en' ? 'en' : 'fr',
      );
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="secondary" disabled={disabled || busy} onClick={run}>
        {busy ? t('dossiers.exporting') : t('dossiers.export')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
