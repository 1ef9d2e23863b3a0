import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  inboxStatuses,
  listingPortals,
  type InboxStatus,
  type ListingPortal,
} from '@portail/shared';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { inboxSorts, useInboxPage, type InboxFilters, type InboxSort } from '../api/inbox.js';
import { useSearchesPage } from '../api/searches.js';
import { InboxCard } from './InboxCard.js';
import { Pager } from './Pager.js';
import { usePager } from './usePager.js';

/** A3: the listings the runs found, one page at a time, filtered and sorted. */
export function InboxTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InboxFilters>({
    status: 'new',
    searchId: null,
    portal: null,
    sort: 'newest',
  });
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  const pager = usePager(`${JSON.stringify(filters)}|${pageSize}`);
  const page = useInboxPage(filters, pageSize, pager.after);
  // The filter's choices: the first searches are enough to pick from.
  const searches = useSearchesPage(50, null);
  const rows = page.data?.rows ?? [];
  const set = (change: Partial<InboxFilters>) => setFilters({ ...filters, ...change });

  return (
    <>
      <fieldset className="panel inbox-filters">
        <legend>{t('aggregator.inbox.filters')}</legend>
        <div className="inbox-filter">
          <label htmlFor="inbox-status">{t('aggregator.inbox.status')}</label>
          <select
            id="inbox-status"
            value={filters.status}
            onChange={(event) => set({ status: event.target.value as InboxStatus })}
          >
            {inboxStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`aggregator.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="inbox-filter">
          <label htmlFor="inbox-search">{t('aggregator.inbox.search')}</label>
          <select
            id="inbox-search"
            value={filters.searchId ?? ''}
            onChange={(event) => set({ searchId: event.target.value || null })}
          >
            <option value="">{t('aggregator.inbox.anySearch')}</option>
            {(searches.data?.rows ?? []).map((search) => (
              <option key={search.id} value={search.id}>
                {search.name}
              </option>
            ))}
          </select>
        </div>
        <div className="inbox-filter">
          <label htmlFor="inbox-portal">{t('aggregator.inbox.portal')}</label>
          <select
            id="inbox-portal"
            value={filters.portal ?? ''}
            onChange={(event) =>
              set({ portal: (event.target.value || null) as ListingPortal | null })
            }
          >
            <option value="">{t('aggregator.inbox.anyPortal')}</option>
            {listingPortals.map((portal) => (
              <option key={portal} value={portal}>
                {t(`aggregator.portals.${portal}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="inbox-filter">
          <label htmlFor="inbox-sort">{t('aggregator.inbox.sort')}</label>
          <select
            id="inbox-sort"
            value={filters.sort}
            onChange={(event) => set({ sort: event.target.value as InboxSort })}
          >
            {inboxSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`aggregator.inbox.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="inbox-results" aria-busy={page.isFetching || undefined}>
        {page.isError ? (
          <p role="alert" className="error">
            {t('aggregator.inbox.loadFailed')}
          </p>
        ) : page.isPending ? (
          <p role="status">{t('aggregator.inbox.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="empty-state">
            {page.data?.hasNext ? t('aggregator.inbox.pageEmpty') : t('aggregator.inbox.empty')}
          </p>
        ) : (
          <ul className="inbox-list" aria-label={t('aggregator.inbox.results')}>
            {rows.map((row) => (
              <InboxCard key={row.id} entry={row} />
            ))}
          </ul>
        )}
        <Pager
          page={pager.page}
          hasNext={page.data?.hasNext ?? false}
          onPrevious={pager.previous}
          onNext={() => pager.next(page.data?.last ?? null)}
        />
      </div>
    </>
  );
}
