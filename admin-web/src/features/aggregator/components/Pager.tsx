import { useTranslation } from 'react-i18next';

export function Pager({
  page,
  hasNext,
  onPrevious,
  onNext,
}: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t('aggregator.inbox.pagination')}>
      <button type="button" className="secondary" disabled={page <= 1} onClick={onPrevious}>
        {t('aggregator.inbox.previous')}
      </button>
      <span>{t('aggregator.inbox.page', { page })}</span>
      <button type="button" className="secondary" disabled={!hasNext} onClick={onNext}>
        {t('aggregator.inbox.next')}
      </button>
    </nav>
  );
}
