import { useMemo } from 'react';
import {
  collectionGroup,
  limit,
  query,
  where,
  type QueryConstraint,
  type QuerySnapshot,
} from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { useSharedOnlyUid } from './searchClients.js';
import { useMounted } from './useMounted.js';

export interface PropertyAssignment {
  clientId: string;
  clientName: string;
  stage: PipelineStage;
  published: boolean;
}

/** More cards than this for one property are not shown in the editor (the pipeline has them). */
export const ASSIGNMENTS_SHOWN = 50;

/**
 * The client spaces a property is proposed in (H3), followed live: a collection-group query on
 * `assignments` that repeats the rules' constraints (the tenant, and for a collaborator who sees
 * only shared clients, `sharedWith array-contains` their uid).
 */
export function usePropertyAssignments(propertyId: string) {
  const { tenantId } = useTenant();
  const scope = useSharedOnlyUid();
  const mounted = useMounted();
  const source = useMemo(() => {
    if (!mounted || !scope.ready) return null;
    const constraints: QueryConstraint[] = [
      where('tenantId', '==', tenantId),
      where('propertyId', '==', propertyId),
    ];
    if (scope.uid) constraints.push(where('sharedWith', 'array-contains', scope.uid));
    return query(collectionGroup(db, 'assignments'), ...constraints, limit(ASSIGNMENTS_SHOWN));
  }, [mounted, tenantId, propertyId, scope.ready, scope.uid]);
  return useLiveQuery<PropertyAssignment[], QuerySnapshot>(
    ['property-assignments-live', tenantId, propertyId, scope.uid],
    source,
    (snapshot) =>
      snapshot.docs
        .map((d) => ({
          clientId: String(d.get('clientId') ?? d.ref.parent.parent?.id ?? ''),
          clientName: String(d.get('clientName') ?? ''),
          stage: d.get('stage') as PipelineStage,
          published: d.get('published') === true,
        }))
        .sort((a, b) => a.clientName.localeCompare(b.clientName, 'fr')),
  );
}
