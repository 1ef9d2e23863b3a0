import { useTranslation } from 'react-i18next';

/**
 * Previous / next over cursors. The total comes from an aggregation count when the server
 * filters alone decide the list; a search checked on the page has no total, only page numbers.
 */
export function ClientsPager({
  pageIndex,
  pageSize,
  count,
  hasNext,
  busy,
  onPrevious,
  onNext,
}: {
  pageIndex: number;
  pageSize: number;
  count: number | null;
  hasNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const page = pageIndex + 1;
  const label =
    count === null
      ? t('clients.page', { page })
      : t('clients.pageOf', { page, pages: Math.max(1, Math.ceil(count / pageSize)), count });
  return (
    <nav className="pager" aria-label={t('clients.pagination')}>
      <button
        type="button"
        className="secondary"
        disabled={pageIndex === 0 || busy}
        onClick={onPrevious}
      >
        {t('clients.previous')}
      </button>
      <span aria-live="polite">{label}</span>
      <button type="button" className="secondary" disabled={!hasNext || busy} onClick={onNext}>
        {t('clients.next')}
      </button>
    </nav>
  );
}
