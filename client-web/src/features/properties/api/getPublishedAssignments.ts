import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  collection,
  getDocs,
  query,
  where,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { pipelineStageSchema, type PipelineStage } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';

/** What the client sees of one property assigned to them: the snapshot the hunter published. */
export interface PublishedAssignment {
  propertyId: string;
  stage: PipelineStage;
  title: string;
  city: string;
  postalCode: string;
  price: number | null;
  surface: number | null;
  rooms: number | null;
  updatedAt: number;
}

const num = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const assignmentConverter: FirestoreDataConverter<PublishedAssignment> = {
  toFirestore: () => {
    throw new Error('assignments are read-only here');
  },
  fromFirestore(snapshot: QueryDocumentSnapshot) {
    const data = snapshot.data();
    const property = (data.property ?? {}) as Record<string, unknown>;
    const updatedAt = data.updatedAt as { toMillis?: () => number } | undefined;
    return {
      propertyId: text(data.propertyId) || snapshot.id,
      stage: pipelineStageSchema.catch('new').parse(data.stage),
      title: text(property.title),
      city: text(property.city),
      postalCode: text(property.postalCode),
      price: num(property.price),
      surface: num(property.surface),
      rooms: num(property.rooms),
      updatedAt: updatedAt?.toMillis?.() ?? 0,
    };
  },
};

/**
 * The assignments published to this client space, newest first. The `published == true` filter
 * is required: the rules refuse a query that could return a draft (rules are not filters).
 */
export async function getPublishedAssignments(
  tenantId: string,
  clientId: string,
): Promise<PublishedAssignment[]> {
  const snapshot = await getDocs(
    query(
      collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments'),
      where('published', '==', true),
    ).withConverter(assignmentConverter),
  );
  return snapshot.docs.map((doc) => doc.data()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function publishedAssignmentsQueryOptions(tenantId: string, clientId: string) {
  return queryOptions({
    queryKey: ['tenants', tenantId, 'clients', clientId, 'assignments', 'published'],
    queryFn: () => getPublishedAssignments(tenantId, clientId),
  });
}

/** A refused read (revoked access) reaches the shell, which shows the "access disabled" page. */
export function usePublishedAssignments() {
  const { tenantId } = useTenant();
  const { claims } = useSignedIn();
  const clientId = claims.role === 'client' ? claims.clientId : '';
  return useQuery({
    ...publishedAssignmentsQueryOptions(tenantId, clientId),
    enabled: clientId !== '',
  });
}
