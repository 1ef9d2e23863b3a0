import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MapView, type MapMarker } from '@portail/web/map';
import '../map.css';

export interface LocatedRow {
  id: string;
  title: string;
  /** The popup's second line (a price, a reference). */
  detail?: string;
  location: { lat: number; lng: number } | null;
  href: string;
}

/**
 * C1 for staff: « Liste / Carte » over a page of results. The map shows the page's rows that
 * have a location (the pager keeps working); mapbox-gl loads on the first switch to the map.
 */
export function ListOrMap({
  rows,
  label,
  kind = 'property',
  children,
}: {
  rows: readonly LocatedRow[];
  label: string;
  kind?: 'property' | 'dossier';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [view, setView] = useState<'list' | 'map'>('list');
  const markers = useMemo<MapMarker[]>(
    () =>
      rows.flatMap((row) =>
        row.location
          ? [
              {
                id: row.id,
                kind,
                lat: row.location.lat,
                lng: row.location.lng,
                title: row.title,
                detail: row.detail,
                href: row.href,
              },
            ]
          : [],
      ),
    [rows, kind],
  );
  const onNavigate = useCallback((href: string) => void navigate(href), [navigate]);
  const unlocated = rows.length - markers.length;

  return (
    <>
      <div className="list-map-toggle" role="group" aria-label={t('places.map.view')}>
        <button
          type="button"
          className={view === 'list' ? 'primary' : 'secondary'}
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          {t('places.map.showList')}
        </button>
        <button
          type="button"
          className={view === 'map' ? 'primary' : 'secondary'}
          aria-pressed={view === 'map'}
          onClick={() => setView('map')}
        >
          {t('places.map.show')}
        </button>
      </div>
      {view === 'list' ? (
        children
      ) : (
        <>
          {unlocated > 0 && (
            <p className="field-help">{t('places.map.notLocated', { count: unlocated })}</p>
          )}
          <MapView markers={markers} label={label} onNavigate={onNavigate} />
        </>
      )}
    </>
  );
}
