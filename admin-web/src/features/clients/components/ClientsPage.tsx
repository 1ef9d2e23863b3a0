import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useClients } from '../api/listClients.js';
import { AddClientForm } from './AddClientForm.js';
import { ClientsTable } from './ClientsTable.js';

export function ClientsPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const clients = useClients();
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (clients.data ?? []).filter(
      (c) => !needle || `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase().includes(needle),
    );
  }, [clients.data, search]);
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * pageSize, (current + 1) * pageSize);

  return (
    <ShellPage title={t('clients.title')}>
      <div className="toolbar">
        <input
          type="search"
          aria-label={t('clients.search')}
          placeholder={t('clients.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
        />
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('clients.add')}
          </button>
        )}
      </div>
      {adding && <AddClientForm onDone={() => setAdding(false)} />}
      {clients.isError && (
        <p role="alert" className="error">
          {errorMessage(clients.error)}
        </p>
      )}
      <div className="panel">
        {clients.isPending ? (
          <p>{t('ui.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="empty-state">{t('clients.empty')}</p>
        ) : (
          <ClientsTable rows={rows} manager={manager} />
        )}
        <nav className="pager" aria-label={t('clients.pagination')}>
          <button
            type="button"
            className="secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('clients.previous')}
          </button>
          <span>{t('clients.pageOf', { page: current + 1, pages, count: filtered.length })}</span>
          <button
            type="button"
            className="secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('clients.next')}
          </button>
        </nav>
      </div>
    </ShellPage>
  );
}
