import { useMemo } from 'react';
import { collection, limit, orderBy, query, where, type QuerySnapshot } from 'firebase/firestore';
import { db, useLiveQuery } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';

/** The most properties the map reads: one page, newest change first. */
export const MAP_PAGE_SIZE = 100;

export interface MapProperty {
  propertyId: string;
  title: string;
  price: number;
  stage: string;
  location: { lat: number; lng: number } | null;
}

// A property the client turned down stays in « Rejetés », not on the map of what is in play.
function readProperties(snapshot: QuerySnapshot): MapProperty[] {
  const inPlay = snapshot.docs.filter((doc) => doc.get('stage') !== 'rejected');
  return inPlay.map((doc) => {
    const data = doc.data();
    const property = (data.property ?? {}) as Record<string, unknown>;
    const location = property.location as { lat?: unknown; lng?: unknown } | null | undefined;
    return {
      propertyId: doc.id,
      title: typeof property.title === 'string' ? property.title : '',
      price: typeof property.price === 'number' ? property.price : 0,
      stage: typeof data.stage === 'string' ? data.stage : '',
      location:
        typeof location?.lat === 'number' && typeof location.lng === 'number'
          ? { lat: location.lat, lng: location.lng }
          : null,
    };
  });
}

/**
 * The space's published properties for the map, live. `published == true` is the rules' demand.
 * Index: assignments (collection) published ==, updatedAt desc.
 */
export function useMapProperties() {
  const { tenantId, clientId } = useSpaceIds();
  const source = useMemo(
    () =>
      clientId
        ? query(
            collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments'),
            where('published', '==', true),
            orderBy('updatedAt', 'desc'),
            limit(MAP_PAGE_SIZE),
          )
        : null,
    [tenantId, clientId],
  );
  return useLiveQuery(
    ['tenants', tenantId, 'clients', clientId, 'assignments', 'map'],
    source,
    readProperties,
  );
}
