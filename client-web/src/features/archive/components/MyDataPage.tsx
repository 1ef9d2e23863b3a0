import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage, useReadOnly } from '@portail/web';
import { useExportMyData } from '../api/exportMyData.js';

/** C6 / L4 « Mes données »: the client's archive, and how to have the data deleted. */
export function MyDataPage() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const exported = useExportMyData();
  return (
    <ShellPage title={t('archive.title')}>
      <section className="card my-data">
        <p>{t('archive.intro')}</p>
        {readOnly && <p className="notice">{t('archive.readOnly')}</p>}
        <button
          type="button"
          className="primary"
          disabled={readOnly || exported.isPending}
          aria-busy={exported.isPending || undefined}
          onClick={() => exported.mutate()}
        >
          {exported.isPending ? t('archive.pending') : t('archive.export')}
        </button>
        {exported.isError && (
          <p role="alert" className="error">
            {t('archive.failed', { reason: errorMessage(exported.error) })}
          </p>
        )}
        {exported.isSuccess && (
          <p role="status" className="saved">
            {t('archive.done', exported.data.counts)}
          </p>
        )}
        <p className="field-help">{t('archive.deletion')}</p>
      </section>
    </ShellPage>
  );
}
