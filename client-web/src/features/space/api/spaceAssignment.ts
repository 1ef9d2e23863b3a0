import { collection, limit, query, where, type QuerySnapshot } from 'firebase/firestore';
import { db } from '@portail/web/data';
import { useFreshLiveQuery, useMountKey } from './freshLiveQuery.js';
import { readAssignment, type SpaceAssignment } from './readAssignment.js';
import { useSpaceIds } from './spaceIds.js';

function readFirst(snapshot: QuerySnapshot): SpaceAssignment | null {
  const doc = snapshot.docs[0];
  return doc ? readAssignment(doc.id, doc.data({ serverTimestamps: 'estimate' })) : null;
}

/**
 * One card of the client's space, live, or null when it is not (or no longer) published to them.
 * Read as a one-document query rather than a document listener: the rules refuse a draft or a
 * missing card to the client, and a refused listener would turn the whole shell into "access
 * disabled", whereas this query simply comes back empty. A revoked client is still refused.
 * By the `propertyId` field, not `documentId()`: a document-id filter is checked against the
 * document itself, so a draft's id was refused like a direct read.
 * Index: assignments (collection) propertyId ==, published == (single-field indexes merge).
 */
export function useSpaceAssignment(propertyId: string) {
  const { tenantId, clientId } = useSpaceIds();
  const mount = useMountKey();
  return useFreshLiveQuery(
    ['tenants', tenantId, 'clients', clientId, 'assignments', 'one', propertyId, mount],
    clientId && propertyId
      ? query(
          collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments'),
          where('propertyId', '==', propertyId),
          where('published', '==', true),
          limit(1),
        )
      : null,
    readFirst,
  );
}
