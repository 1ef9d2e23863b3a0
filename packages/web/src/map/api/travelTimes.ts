import { useMemo } from 'react';
import { collection, limit, query, where, type QuerySnapshot } from 'firebase/firestore';
import {
  POI_MAX_PER_CLIENT,
  travelModes,
  type TravelDuration,
  type TravelMode,
} from '@portail/shared';
import { db } from '../../firebase/firestore.js';
import { useLiveQuery } from '../../data/liveQuery.js';

export interface PropertyTravelTime {
  poiId: string;
  durations: Record<TravelMode, TravelDuration>;
  error: string | null;
}

function duration(value: unknown): TravelDuration {
  if (value === 'unsupported') return 'unsupported';
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readTimes(snapshot: QuerySnapshot): PropertyTravelTime[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data();
    const durations = (data.durations ?? {}) as Record<string, unknown>;
    return {
      poiId: typeof data.poiId === 'string' ? data.poiId : '',
      durations: Object.fromEntries(
        travelModes.map((mode) => [mode, duration(durations[mode])]),
      ) as Record<TravelMode, TravelDuration>,
      error: typeof data.error === 'string' ? data.error : null,
    };
  });
}

/**
 * The cached times from one property to each of the space's points, live: the trigger fills
 * them in a moment after a point or the property changes.
 * Index: travelTimes (collection) propertyId == — single field.
 */
export function usePropertyTravelTimes(tenantId: string, clientId: string, propertyId: string) {
  const source = useMemo(
    () =>
      clientId && propertyId
        ? query(
            collection(db, 'tenants', tenantId, 'clients', clientId, 'travelTimes'),
            where('propertyId', '==', propertyId),
            limit(POI_MAX_PER_CLIENT),
          )
        : null,
    [tenantId, clientId, propertyId],
  );
  return useLiveQuery(
    ['tenants', tenantId, 'clients', clientId, 'travelTimes', propertyId],
    source,
    readTimes,
  );
}
