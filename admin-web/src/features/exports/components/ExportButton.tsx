import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { useDownloadXlsx, type XlsxKind } from '../api/exportXlsx.js';
import '../exports.css';

/** « Exporter (Excel) » for a list (H11): the whole list the viewer may see, as an .xlsx file. */
export function ExportButton({ kind }: { kind: XlsxKind }) {
  const { t } = useTranslation();
  const download = useDownloadXlsx(kind);
  return (
    <span className="export-button">
      <button
        type="button"
        disabled={download.isPending}
        aria-busy={download.isPending || undefined}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t('exports.pending') : t('exports.button')}
      </button>
      {download.isError && (
        <span role="alert" className="error">
          {t('exports.failed', { reason: errorMessage(download.error) })}
        </span>
      )}
    </span>
  );
}
