import {
  collection,
  doc,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { Assignment, ClientSnapshot, PipelineStage } from '@portail/shared';
import { db } from '@portail/web/data';

/**
 * One card of the pipeline as the screens read it: the assignment with its timestamps in epoch
 * milliseconds, so components never see Firestore types.
 */
export interface AssignmentCard extends Assignment {
  /** The property id, which is also the document id. */
  id: string;
}

/** Firestore Timestamps, numbers and pending server times alike, as epoch milliseconds. */
function millis(value: unknown): number {
  if (typeof value === 'number') return value;
  const timestamp = value as { toMillis?: () => number } | null;
  return typeof timestamp?.toMillis === 'function' ? timestamp.toMillis() : 0;
}

// A card written before its snapshot (or by hand) still draws, with what it lacks left empty.
const missingSnapshot: ClientSnapshot = {
  title: '',
  type: 'other',
  price: 0,
  surface: 0,
  rooms: 0,
  bedrooms: null,
  description: '',
  city: '',
  postalCode: '',
  addressLabel: '',
  location: null,
  energyRating: null,
  photos: [],
};

function toCard(id: string, data: DocumentData): AssignmentCard {
  const visitRequest = data.visitRequest as { availabilities?: string; at?: unknown } | null;
  const report = data.report as { ratings?: object; comment?: string; at?: unknown } | null;
  const offer = data.offer as { amount?: number; validUntil?: unknown; at?: unknown } | null;
  const lastMove = data.lastMove as {
    from: PipelineStage;
    to: PipelineStage;
    by: string;
    byClient: boolean;
    at: unknown;
  } | null;
  const stageDates = (data.stageDates ?? {}) as Record<string, unknown>;
  return {
    id,
    propertyId: String(data.propertyId ?? id),
    clientId: String(data.clientId ?? ''),
    tenantId: String(data.tenantId ?? ''),
    published: data.published === true,
    stage: data.stage as PipelineStage,
    rejectedReason: typeof data.rejectedReason === 'string' ? data.rejectedReason : null,
    visitRequest: visitRequest
      ? { availabilities: String(visitRequest.availabilities ?? ''), at: millis(visitRequest.at) }
      : null,
    report: report
      ? {
          ratings: (report.ratings ?? {}) as NonNullable<Assignment['report']>['ratings'],
          comment: String(report.comment ?? ''),
          at: millis(report.at),
        }
      : null,
    offer: offer
      ? {
          amount: Number(offer.amount ?? 0),
          validUntil: millis(offer.validUntil),
          at: millis(offer.at),
        }
      : null,
    property: { ...missingSnapshot, ...(data.property as Partial<ClientSnapshot> | undefined) },
    sourceUrl: typeof data.sourceUrl === 'string' ? data.sourceUrl : null,
    clientName: String(data.clientName ?? ''),
    sharedWith: Array.isArray(data.sharedWith) ? (data.sharedWith as string[]) : [],
    lastMove: lastMove ? { ...lastMove, at: millis(lastMove.at) } : null,
    stageDates: Object.fromEntries(
      Object.entries(stageDates).map(([stage, at]) => [stage, millis(at)]),
    ),
    createdAt: millis(data.createdAt),
    updatedAt: millis(data.updatedAt),
  };
}

/**
 * Reads assignments as cards. A move this tab just made carries a pending server time: it is
 * estimated locally so the card keeps its place until the server's time arrives.
 */
export const assignmentConverter: FirestoreDataConverter<AssignmentCard> = {
  toFirestore: () => {
    throw new Error('Assignments are written field by field (see moveStage, setPublished).');
  },
  fromFirestore: (snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) =>
    toCard(snapshot.id, snapshot.data({ ...options, serverTimestamps: 'estimate' })),
};

export function clientAssignments(tenantId: string, clientId: string) {
  return collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments');
}

export function assignmentRef(tenantId: string, card: Pick<AssignmentCard, 'clientId' | 'id'>) {
  return doc(clientAssignments(tenantId, card.clientId), card.id);
}
