import { useMemo } from 'react';
import { collection, limit, orderBy, query, type QuerySnapshot } from 'firebase/firestore';
import {
  callableNames,
  POI_MAX_PER_CLIENT,
  poiTypes,
  type PoiType,
  type SavePointOfInterestInput,
  type SavePointOfInterestResult,
} from '@portail/shared';
import { db } from '../../firebase/firestore.js';
import { useLiveQuery } from '../../data/liveQuery.js';
import { useCallableMutation } from '../../forms/useCallableMutation.js';

export interface SpacePoi {
  id: string;
  type: PoiType;
  name: string;
  address: string;
  precision: string;
  location: { lat: number; lng: number } | null;
}

export const poisKey = (tenantId: string, clientId: string) =>
  ['tenants', tenantId, 'clients', clientId, 'pois'] as const;

function readPois(snapshot: QuerySnapshot): SpacePoi[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data();
    const location = data.location as { lat?: unknown; lng?: unknown } | undefined;
    return {
      id: doc.id,
      type: poiTypes.find((type) => type === data.type) ?? 'other',
      name: typeof data.name === 'string' ? data.name : '',
      address: typeof data.address === 'string' ? data.address : '',
      precision: typeof data.precision === 'string' ? data.precision : '',
      location:
        typeof location?.lat === 'number' && typeof location.lng === 'number'
          ? { lat: location.lat, lng: location.lng }
          : null,
    };
  });
}

/**
 * A space's points of interest, live, oldest first (there are ten at most: one read).
 * Index: pois (collection) createdAt asc — single field.
 */
export function usePois(tenantId: string, clientId: string) {
  const source = useMemo(
    () =>
      clientId
        ? query(
            collection(db, 'tenants', tenantId, 'clients', clientId, 'pois'),
            orderBy('createdAt'),
            limit(POI_MAX_PER_CLIENT),
          )
        : null,
    [tenantId, clientId],
  );
  return useLiveQuery(poisKey(tenantId, clientId), source, readPois);
}

export function useSavePoi(tenantId: string, clientId: string) {
  return useCallableMutation<SavePointOfInterestInput, SavePointOfInterestResult>(
    callableNames.savePointOfInterest,
    [poisKey(tenantId, clientId)],
  );
}

export function useDeletePoi(tenantId: string, clientId: string) {
  return useCallableMutation<{ poiId: string; clientId?: string }, { deleted: true }>(
    callableNames.deletePointOfInterest,
    [poisKey(tenantId, clientId)],
  );
}
