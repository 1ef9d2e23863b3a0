import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ShellPage, useTenant } from '@portail/web';
import { MapView, usePois, type MapMarker } from '@portail/web/map';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import { useFormat } from '../../space/components/format.js';
import { useMapProperties } from '../api/mapAssignments.js';
import '../map.css';

/** C1: the space on a map — the published properties and the client's places. */
export function SpaceMapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tenantId } = useTenant();
  const { clientId } = useSpaceIds();
  const format = useFormat();
  const properties = useMapProperties();
  const pois = usePois(tenantId, clientId);

  const located = useMemo(
    () => (properties.data ?? []).filter((property) => property.location),
    [properties.data],
  );
  const unlocated = (properties.data?.length ?? 0) - located.length;
  const markers = useMemo<MapMarker[]>(
    () => [
      ...located.map((property) => ({
        id: property.propertyId,
        kind: 'property' as const,
        lat: property.location!.lat,
        lng: property.location!.lng,
        title: property.title || t('space.card.untitled'),
        detail: property.price ? format.price(property.price) : undefined,
        href: `/biens/${encodeURIComponent(property.propertyId)}`,
      })),
      ...(pois.data ?? []).flatMap((poi) =>
        poi.location
          ? [
              {
                id: `poi-${poi.id}`,
                kind: 'poi' as const,
                lat: poi.location.lat,
                lng: poi.location.lng,
                title: poi.name,
                detail: t(`places.types.${poi.type}`),
              },
            ]
          : [],
      ),
    ],
    // format changes with the language only, as t does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [located, pois.data, t],
  );
  const onNavigate = useCallback((href: string) => void navigate(href), [navigate]);

  return (
    <ShellPage title={t('places.map.title')}>
      {properties.isError && (
        <p role="alert" className="error">
          {t('places.map.loadFailed')}
        </p>
      )}
      {properties.data && located.length === 0 && <p>{t('places.map.noneLocated')}</p>}
      {unlocated > 0 && (
        <p className="space-map-note">{t('places.map.notLocated', { count: unlocated })}</p>
      )}
      <MapView markers={markers} label={t('places.map.label')} onNavigate={onNavigate} />
      {located.length > 0 && (
        <section className="space-map-list" aria-labelledby="space-map-list-heading">
          <h2 id="space-map-list-heading">{t('places.map.properties')}</h2>
          <ul>
            {located.map((property) => (
              <li key={property.propertyId}>
                <Link to={`/biens/${encodeURIComponent(property.propertyId)}`}>
                  {property.title || t('space.card.untitled')}
                </Link>
                {property.price > 0 && <span> · {format.price(property.price)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </ShellPage>
  );
}
