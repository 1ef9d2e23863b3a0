import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '@portail/web';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useSearchesPage, type SearchRow } from '../api/searches.js';
import { FeedPanel } from './FeedPanel.js';
import { Pager } from './Pager.js';
import { ScrapingPanel } from './ScrapingPanel.js';
import { SearchCard } from './SearchCard.js';
import { SearchForm } from './SearchForm.js';
import { usePager } from './usePager.js';

/** A1/A4: the saved searches with each site's last run, the opt-in, and the search form. */
export function SearchesTab() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  const pager = usePager(String(pageSize));
  const page = useSearchesPage(pageSize, pager.after);
  const [editing, setEditing] = useState<SearchRow | 'new' | null>(null);
  const rows = page.data?.rows ?? [];

  return (
    <>
      <ScrapingPanel />
      <FeedPanel />
      {editing ? (
        <SearchForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={readOnly}
            onClick={() => setEditing('new')}
          >
            {t('aggregator.searches.new')}
          </button>
        </div>
      )}
      {page.isError ? (
        <p role="alert" className="error">
          {t('aggregator.searches.loadFailed')}
        </p>
      ) : page.isPending ? (
        <p role="status">{t('aggregator.searches.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('aggregator.searches.empty')}</p>
      ) : (
        <ul className="search-list" aria-label={t('aggregator.searches.list')}>
          {rows.map((row) => (
            <SearchCard key={row.id} search={row} onEdit={() => setEditing(row)} />
          ))}
        </ul>
      )}
      <Pager
        page={pager.page}
        hasNext={page.data?.hasNext ?? false}
        onPrevious={pager.previous}
        onNext={() => pager.next(page.data?.last ?? null)}
      />
    </>
  );
}
