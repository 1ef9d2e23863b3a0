import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import {
  useDossierPage,
  useDossierScope,
  type DossierCursor,
  type DossierFilters,
} from '../api/listDossiers.js';
import { DossiersListOrMap } from '../../map/components/DossiersListOrMap.js';
import { DossierAddresses } from './DossierAddresses.js';
import { DossierFiltersBar } from './DossierFiltersBar.js';
import { DossierList } from './DossierList.js';
import { ExportButton } from './ExportButton.js';
import { UnpaidPolicyPanel } from './UnpaidPolicyPanel.js';
import '../dossiers.css';

const noFilters: DossierFilters = { search: '', clientId: '', paid: '', downloadState: '' };

/** D1 — the dossiers: search, filters, one page at a time, export, and their addresses. */
export function DossiersPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const scope = useDossierScope();
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState(noFilters);
  // The search runs once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => ({ ...f, search: typed.trim() })), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const filtersKey = JSON.stringify(filters);
  const [paging, setPaging] = useState<{ key: string; cursors: (DossierCursor | null)[] }>({
    key: filtersKey,
    cursors: [null],
  });
  const cursors = paging.key === filtersKey ? paging.cursors : [null];
  const pageIndex = cursors.length - 1;
  const page = useDossierPage(filters, cursors[pageIndex] ?? null, pageIndex);
  const rows = page.data?.rows ?? [];
  const waitingForClient = scope.mustPickClient && filters.clientId === '';
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters);

  return (
    <ShellPage title={t('dossiers.title')}>
      <div className="toolbar dossiers-toolbar">
        <DossierFiltersBar
          typed={typed}
          onType={setTyped}
          filters={filters}
          onChange={(change) => setFilters((f) => ({ ...f, ...change }))}
        />
        <div className="dossiers-actions">
          <ExportButton filters={filters} disabled={waitingForClient} />
          <Link className="dossier-link-button" to="/dossiers/nouveau">
            {t('dossiers.new')}
          </Link>
        </div>
      </div>
      {page.isError && (
        <p role="alert" className="error">
          {errorMessage(page.error)}
        </p>
      )}
      <div className="panel dossiers-panel" aria-busy={page.isFetching}>
        {waitingForClient ? (
          <p className="empty-state">{t('dossiers.pickClient')}</p>
        ) : page.isPending ? (
          <p role="status">{t('ui.loading')}</p>
        ) : rows.length === 0 ? (
          <div className="empty-state">
            <p>{t('dossiers.empty')}</p>
            {filtered && <p className="field-help">{t('dossiers.emptyHint')}</p>}
          </div>
        ) : (
          <DossiersListOrMap rows={rows}>
            <DossierList rows={rows} />
          </DossiersListOrMap>
        )}
        <nav className="pager" aria-label={t('dossiers.pagination')}>
          <button
            type="button"
            className="secondary"
            disabled={pageIndex === 0 || page.isFetching}
            onClick={() => setPaging({ key: filtersKey, cursors: cursors.slice(0, -1) })}
          >
            {t('dossiers.previous')}
          </button>
          <span aria-live="polite">{t('dossiers.page', { page: pageIndex + 1 })}</span>
          <button
            type="button"
            className="secondary"
            disabled={!page.data?.next || page.isFetching}
            onClick={() =>
              page.data?.next &&
              setPaging({ key: filtersKey, cursors: [...cursors, page.data.next] })
            }
          >
            {t('dossiers.next')}
          </button>
        </nav>
      </div>
      <div className="dossiers-side">
        <DossierAddresses rows={rows} />
        {manager && <UnpaidPolicyPanel />}
      </div>
    </ShellPage>
  );
}
