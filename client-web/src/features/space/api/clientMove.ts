import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doc, serverTimestamp, Timestamp, updateDoc } from 'firebase/firestore';
import {
  clientActions,
  tabOfStage,
  type PipelineStage,
  type ReportCriterion,
} from '@portail/shared';
import { db, stageMoveUpdate } from '@portail/web/data';
import { useSpaceIds } from './spaceIds.js';
import { tabCountsKey, type TabCounts } from './tabCounts.js';

/** One of the client's four moves (C2), with what it sends, already checked by its schema. */
export type ClientMove =
  | { action: 'visitRequest'; availabilities: string }
  | {
      action: 'report';
      ratings: Partial<Record<ReportCriterion, number>>;
      comment: string;
    }
  | { action: 'offer'; amount: number; validUntil: Date }
  | { action: 'rejection'; reason: string };

/** The action's own field, as firestore.rules check it (dates that record "when" are the server's). */
function actionFields(move: ClientMove): Record<string, unknown> {
  switch (move.action) {
    case 'visitRequest':
      return { visitRequest: { availabilities: move.availabilities, at: serverTimestamp() } };
    case 'report':
      return { report: { ratings: move.ratings, comment: move.comment, at: serverTimestamp() } };
    case 'offer':
      return {
        offer: {
          amount: move.amount,
          validUntil: Timestamp.fromDate(move.validUntil),
          at: serverTimestamp(),
        },
      };
    case 'rejection':
      return { rejectedReason: move.reason };
  }
}

/**
 * Moves the card with one write. The rules refuse it when the card is no longer at `from` (the
 * hunter moved it meanwhile), is unpublished, or the client's access is gone.
 */
export async function moveAssignment(
  ids: { tenantId: string; clientId: string; uid: string },
  propertyId: string,
  from: PipelineStage,
  move: ClientMove,
): Promise<void> {
  const to = clientActions[move.action].to;
  await updateDoc(
    doc(db, 'tenants', ids.tenantId, 'clients', ids.clientId, 'assignments', propertyId),
    stageMoveUpdate({ from, to, uid: ids.uid, byClient: true, extra: actionFields(move) }),
  );
}

/**
 * The move, optimistic: the card shows in its new tab at once (the SDK's local write) and the
 * tab counts follow; a refusal undoes both (the SDK reverts its write, the counts are read again).
 */
export function useClientMove(propertyId: string) {
  const ids = useSpaceIds();
  const queryClient = useQueryClient();
  const countsKey = tabCountsKey(ids.tenantId, ids.clientId);
  return useMutation({
    // The SDK queues a write made offline and shows it at once; react-query must not hold it back.
    networkMode: 'always',
    mutationFn: ({ from, move }: { from: PipelineStage; move: ClientMove }) =>
      moveAssignment(ids, propertyId, from, move),
    onMutate: async ({ from, move }) => {
      await queryClient.cancelQueries({ queryKey: countsKey });
      const fromTab = tabOfStage(from);
      const toTab = tabOfStage(clientActions[move.action].to);
      queryClient.setQueryData<TabCounts>(countsKey, (counts) =>
        counts
          ? { ...counts, [fromTab]: Math.max(0, counts[fromTab] - 1), [toTab]: counts[toTab] + 1 }
          : counts,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: countsKey }),
  });
}
