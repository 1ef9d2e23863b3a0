import { collection, limit, orderBy, query, type QuerySnapshot } from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import { useLiveQuery } from '@portail/web/data';
import { assignmentRef, type AssignmentCard } from './assignmentCard.js';
import { useMounted } from './useMounted.js';

/** One stage change of a card, as the recordMove trigger writes it. */
export interface HistoryEntry {
  id: string;
  /** Null for the card's creation. */
  from: PipelineStage | null;
  to: PipelineStage;
  /** The member or client login who moved it; null when unknown (older cards). */
  by: string | null;
  byClient: boolean;
  at: number;
}

/** The latest changes shown; a deal rarely moves more than a dozen times. */
export const HISTORY_BOUND = 50;

/** A card's history, newest first, followed live (a move shows up as the trigger records it). */
export function useMoveHistory(card: Pick<AssignmentCard, 'clientId' | 'id'>) {
  const { tenantId } = useTenant();
  const mounted = useMounted();
  return useLiveQuery(
    ['pipeline', tenantId, 'history', card.clientId, card.id],
    mounted
      ? query(
          collection(assignmentRef(tenantId, card), 'history'),
          orderBy('at', 'desc'),
          limit(HISTORY_BOUND),
        )
      : null,
    (snapshot: QuerySnapshot) =>
      snapshot.docs.map((entry): HistoryEntry => {
        const data = entry.data({ serverTimestamps: 'estimate' });
        const at = data.at as { toMillis?: () => number } | null;
        return {
          id: entry.id,
          from: (data.from ?? null) as PipelineStage | null,
          to: data.to as PipelineStage,
          by: typeof data.by === 'string' ? data.by : null,
          byClient: data.byClient === true,
          at: typeof at?.toMillis === 'function' ? at.toMillis() : 0,
        };
      }),
  );
}
