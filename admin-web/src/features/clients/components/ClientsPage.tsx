import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStatusFilters, type ClientStatusFilter } from '@portail/shared';
import { errorMessage, ShellPage } from '@portail/web';
import { ExportButton } from '../../exports/components/ExportButton.js';
import { useIsManager } from '../../common/useIsManager.js';
import {
  useClientCount,
  useClientListScope,
  useClientPage,
  type ClientCursor,
} from '../api/listClients.js';
import { AddClientForm } from './AddClientForm.js';
import { ClientsTable } from './ClientsTable.js';
import { ClientsPager } from './ClientsPager.js';
import { DeletionOutcomeNotice } from './DeletionOutcomeNotice.js';
import { DeletionRequestsNotice } from './DeletionRequestsNotice.js';
import { useClientFilters } from './useClientFilters.js';
import { useCompactLayout } from './useCompactLayout.js';
import '../clients.css';

export function ClientsPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const compact = useCompactLayout();
  const { filters, typed, setTyped, setStatus, setDeletionRequested } = useClientFilters(manager);
  const { pageSize } = useClientListScope();
  // The cursors of the pages seen so far (null: the first); other filters start over.
  const filtersKey = JSON.stringify(filters);
  const [paging, setPaging] = useState<{ key: string; cursors: (ClientCursor | null)[] }>({
    key: filtersKey,
    cursors: [null],
  });
  const cursors = paging.key === filtersKey ? paging.cursors : [null];
  const pageIndex = cursors.length - 1;
  const page = useClientPage(filters, cursors[pageIndex] ?? null, pageIndex);
  const count = useClientCount(filters);
  const [adding, setAdding] = useState(false);
  const rows = page.data?.rows ?? [];
  const filtered = filters.search !== '' || filters.status !== 'all' || filters.deletionRequested;

  return (
    <ShellPage title={t('clients.title')}>
      <div className="toolbar clients-toolbar">
        <div className="clients-filters">
          <input
            type="search"
            aria-label={t('clients.search')}
            placeholder={t('clients.searchPlaceholder')}
            title={t('clients.searchHint')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <label className="inline-field">
            <span>{t('clients.statusFilter')}</span>
            <select
              value={filters.status}
              onChange={(e) => setStatus(e.target.value as ClientStatusFilter)}
            >
              {clientStatusFilters.map((status) => (
                <option key={status} value={status}>
                  {status === 'all'
                    ? t('clients.allStatuses')
                    : t(`clients.statusFilters.${status}`)}
                </option>
              ))}
            </select>
          </label>
          {manager && (
            <label className="switch filter-chip">
              <input
                type="checkbox"
                checked={filters.deletionRequested}
                onChange={(e) => setDeletionRequested(e.target.checked)}
              />
              <span>{t('clients.deletionRequests')}</span>
            </label>
          )}
        </div>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('clients.add')}
          </button>
        )}
        <ExportButton kind="clients" />
      </div>
      {manager && !filters.deletionRequested && (
        <DeletionRequestsNotice onShow={() => setDeletionRequested(true)} />
      )}
      <DeletionOutcomeNotice />
      {adding && <AddClientForm onDone={() => setAdding(false)} />}
      {page.isError && (
        <p role="alert" className="error">
          {errorMessage(page.error)}
        </p>
      )}
      <div className="panel clients-panel" aria-busy={page.isFetching}>
        {page.isPending ? (
          <p>{t('ui.loading')}</p>
        ) : rows.length === 0 ? (
          <div className="empty-state">
            <p>{t('clients.empty')}</p>
            {filtered && <p className="field-help">{t('clients.emptyHint')}</p>}
          </div>
        ) : (
          <ClientsTable rows={rows} manager={manager} compact={compact} />
        )}
        <ClientsPager
          pageIndex={pageIndex}
          pageSize={pageSize}
          count={count.data ?? null}
          hasNext={Boolean(page.data?.next)}
          busy={page.isFetching}
          onPrevious={() => setPaging({ key: filtersKey, cursors: cursors.slice(0, -1) })}
          onNext={() =>
            page.data?.next && setPaging({ key: filtersKey, cursors: [...cursors, page.data.next] })
          }
        />
      </div>
    </ShellPage>
  );
}
