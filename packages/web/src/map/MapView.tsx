import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mapSettings } from './config.js';
import type { MapMarker } from './markers.js';
import './map.css';

// mapbox-gl and its CSS come with this chunk only, when a map is first shown.
const MapCanvas = lazy(() => import('./MapCanvas.js'));

/**
 * C1: a map of properties and points of interest. Without a configured style it says the map
 * is unavailable; the screen's list is unaffected.
 */
export function MapView({
  markers,
  label,
  onNavigate,
}: {
  markers: readonly MapMarker[];
  label: string;
  onNavigate?: (href: string) => void;
}) {
  const { t } = useTranslation();
  const kinds = new Set(markers.map((marker) => marker.kind));
  const linkLabels = useMemo(
    () => ({
      property: t('places.map.open'),
      dossier: t('places.map.openDossier'),
      poi: '',
    }),
    [t],
  );
  if (!mapSettings) {
    return (
      <p role="status" className="map-unavailable">
        {t('places.map.unavailable')}
      </p>
    );
  }
  return (
    <div className="map-frame">
      <Suspense
        fallback={
          <p aria-busy="true" className="map-loading">
            {t('places.map.loading')}
          </p>
        }
      >
        <MapCanvas
          settings={mapSettings}
          markers={markers}
          label={label}
          linkLabels={linkLabels}
          onNavigate={onNavigate}
        />
      </Suspense>
      <ul className="map-legend" aria-label={t('places.map.legend')}>
        {kinds.has('property') && (
          <li>
            <span className="map-marker map-marker-property" aria-hidden="true" />
            {t('places.map.properties')}
          </li>
        )}
        {kinds.has('dossier') && (
          <li>
            <span className="map-marker map-marker-dossier" aria-hidden="true" />
            {t('places.map.dossiers')}
          </li>
        )}
        {kinds.has('poi') && (
          <li>
            <span className="map-marker map-marker-poi" aria-hidden="true" />
            {t('places.map.pois')}
          </li>
        )}
      </ul>
    </div>
  );
}
