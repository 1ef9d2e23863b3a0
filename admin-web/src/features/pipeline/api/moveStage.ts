import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateDoc } from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { stageMoveUpdate } from '@portail/web/data';
import { assignmentRef, type AssignmentCard } from './assignmentCard.js';
import { cardWriteKey, type CardWrite } from './cardWriteState.js';
import { countsKey } from './stageCount.js';

/**
 * Moves a card as staff: the fields firestore.rules' `staffStageChange` checks (the stage, the
 * `lastMove` the history trigger records, the server's time) and the rejection's reason, which
 * any other stage clears.
 */
export async function moveStage(
  tenantId: string,
  uid: string,
  card: Pick<AssignmentCard, 'clientId' | 'id'>,
  from: PipelineStage,
  to: PipelineStage,
  reason: string | null,
): Promise<void> {
  await updateDoc(
    assignmentRef(tenantId, card),
    stageMoveUpdate({
      from,
      to,
      uid,
      byClient: false,
      extra: { rejectedReason: to === 'rejected' ? reason : null },
    }),
  );
}

export function useMoveStage(card: AssignmentCard) {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cardWriteKey(tenantId, card),
    mutationFn: (write: Extract<CardWrite, { kind: 'move' }>) =>
      moveStage(tenantId, user.uid, card, write.from, write.to, write.reason),
    // Two columns changed: their counts are asked again once the server has the move.
    onSettled: () => queryClient.invalidateQueries({ queryKey: countsKey(tenantId) }),
  });
}
