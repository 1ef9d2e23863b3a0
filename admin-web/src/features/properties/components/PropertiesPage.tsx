import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { ShellPage } from '@portail/web';
import { ExportButton } from '../../exports/components/ExportButton.js';
import { PropertiesListOrMap } from '../../map/components/PropertiesListOrMap.js';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { usePropertiesPage } from '../api/listProperties.js';
import {
  draftFromParams,
  emptyDraft,
  filtersOf,
  hasFilters,
  paramsFromDraft,
  type FilterDraft,
  type PropertyFilters,
} from '../propertyFilters.js';
import { PropertyFiltersBar } from './PropertyFiltersBar.js';
import { PropertyList } from './PropertyList.js';
import { useDebounced } from './useDebounced.js';
import '../properties.css';

const defaultFilters = (filtersOf(emptyDraft) as { filters: PropertyFilters }).filters;

/**
 * H2 — the agency's properties, one page at a time. The filters live in the address (so "back"
 * from a property finds them again); the pages are a stack of cursors, reset when they change.
 */
export function PropertiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<FilterDraft>(() => draftFromParams(params));
  const checked = filtersOf(draft);
  const settled = useDebounced(draft);

  // A valid draft, once typing pauses, becomes the address; an invalid one changes nothing.
  useEffect(() => {
    const next = paramsFromDraft(settled);
    if (filtersOf(settled).ok && next.toString() !== params.toString()) {
      setParams(next, { replace: true });
    }
  }, [settled, params, setParams]);

  const query = params.toString();
  const filters = useMemo(() => {
    const parsed = filtersOf(draftFromParams(new URLSearchParams(query)));
    return parsed.ok ? parsed.filters : defaultFilters;
  }, [query]);
  const settings = useTenantSettings();
  const pageSize = settings.data?.rowsPerPage ?? 25;
  const pagingKey = `${query}|${pageSize}`;
  const [paging, setPaging] = useState<{ key: string; cursors: (QueryDocumentSnapshot | null)[] }>({
    key: pagingKey,
    cursors: [null],
  });
  const cursors = paging.key === pagingKey ? paging.cursors : [null];
  const page = usePropertiesPage(filters, pageSize, cursors.at(-1) ?? null, settings.isFetched);
  const filtered = hasFilters(draft);
  const rows = page.data?.rows ?? [];
  const moving = page.isPlaceholderData;

  return (
    <ShellPage title={t('properties.title')}>
      <div className="toolbar">
        <Link to="/biens/nouveau" className="link-button primary">
          {t('properties.new')}
        </Link>
        <ExportButton kind="properties" />
      </div>
      <PropertyFiltersBar
        draft={draft}
        problems={checked.ok ? {} : checked.problems}
        onChange={setDraft}
        onReset={() => setDraft(emptyDraft)}
        filtered={filtered}
      />
      <div className="panel property-results" aria-busy={page.isFetching || undefined}>
        {page.isError ? (
          <div role="alert" className="property-load-error">
            <p className="error">{t('properties.list.loadFailed')}</p>
            <button type="button" className="secondary" onClick={() => void page.refetch()}>
              {t('properties.list.retry')}
            </button>
          </div>
        ) : page.isPending ? (
          <p role="status">{t('properties.list.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="empty-state">
            {page.data?.hasNext
              ? t('properties.list.pageEmpty')
              : filtered || cursors.length > 1
                ? t('properties.list.noMatch')
                : t('properties.list.empty')}
          </p>
        ) : (
          <PropertiesListOrMap rows={rows}>
            <PropertyList rows={rows} />
          </PropertiesListOrMap>
        )}
        {(cursors.length > 1 || page.data?.hasNext) && (
          <nav className="pager" aria-label={t('properties.list.pagination')}>
            <button
              type="button"
              className="secondary"
              disabled={cursors.length <= 1 || moving}
              onClick={() => setPaging({ key: pagingKey, cursors: cursors.slice(0, -1) })}
            >
              {t('properties.list.previous')}
            </button>
            <span>{t('properties.list.page', { page: cursors.length })}</span>
            <button
              type="button"
              className="secondary"
              disabled={!page.data?.hasNext || moving}
              onClick={() =>
                page.data?.last &&
                setPaging({ key: pagingKey, cursors: [...cursors, page.data.last] })
              }
            >
              {t('properties.list.next')}
            </button>
          </nav>
        )}
      </div>
    </ShellPage>
  );
}
