import { useTranslation } from 'react-i18next';
import {
  formatTravelEstimate,
  travelModes,
  type TravelDuration,
  type TravelMode,
} from '@portail/shared';
import { usePois } from './api/pois.js';
import { usePropertyTravelTimes } from './api/travelTimes.js';
import './map.css';

function estimate(
  mode: TravelMode,
  value: TravelDuration | undefined,
  t: (key: string, values?: Record<string, string>) => string,
) {
  if (value === 'unsupported') {
    return t('places.travel.unsupported', { mode: t(`places.travel.modeNames.${mode}`) });
  }
  if (typeof value !== 'number') {
    return t('places.travel.noRoute', { mode: t(`places.travel.modeNames.${mode}`) });
  }
  return t('places.travel.estimate', {
    time: formatTravelEstimate(value),
    mode: t(`places.travel.modes.${mode}`),
  });
}

/**
 * C4: « Temps de trajet » from one property to each of the space's points, by mode, as
 * estimates. Times not computed yet, or a provider that could not answer, say so plainly.
 */
export function TravelTimes({
  tenantId,
  clientId,
  propertyId,
  hasLocation,
}: {
  tenantId: string;
  clientId: string;
  propertyId: string;
  hasLocation: boolean;
}) {
  const { t } = useTranslation();
  const pois = usePois(tenantId, clientId);
  const times = usePropertyTravelTimes(tenantId, clientId, propertyId);
  const byPoi = new Map((times.data ?? []).map((time) => [time.poiId, time]));
  const list = pois.data ?? [];

  let body;
  if (pois.isError || times.isError) {
    body = (
      <p role="alert" className="error">
        {t('places.travel.loadFailed')}
      </p>
    );
  } else if (pois.isPending || times.isPending) {
    body = <p aria-busy="true">{t('places.loading')}</p>;
  } else if (list.length === 0) {
    body = <p>{t('places.travel.noPlaces')}</p>;
  } else if (!hasLocation) {
    body = <p>{t('places.travel.noLocation')}</p>;
  } else {
    body = (
      <ul className="travel-list">
        {list.map((poi) => {
          const time = byPoi.get(poi.id);
          return (
            <li key={poi.id} className="travel-item">
              <strong>
                {poi.name} <small>({t(`places.types.${poi.type}`)})</small>
              </strong>
              {!time && <span className="travel-pending">{t('places.travel.pending')}</span>}
              {time?.error && (
                <span role="alert" className="error">
                  {t('places.travel.failed')}
                </span>
              )}
              {time && !time.error && (
                <ul className="travel-modes">
                  {travelModes.map((mode) => (
                    <li key={mode} className={`travel-mode travel-${mode}`}>
                      {estimate(mode, time.durations[mode], t)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <section className="travel-times" aria-labelledby={`travel-heading-${propertyId}`}>
      <h2 id={`travel-heading-${propertyId}`}>{t('places.travel.title')}</h2>
      {body}
      <p className="travel-note">{t('places.travel.note')}</p>
    </section>
  );
}
