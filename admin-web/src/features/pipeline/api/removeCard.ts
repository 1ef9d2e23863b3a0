import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { assignmentRef, type AssignmentCard } from './assignmentCard.js';
import { cardWriteKey, type CardWrite } from './cardWriteState.js';
import { countsKey } from './stageCount.js';

/** "Retirer": the card leaves the client's space for good (recordMove deletes its history). */
export async function removeCard(
  tenantId: string,
  card: Pick<AssignmentCard, 'clientId' | 'id'>,
): Promise<void> {
  await deleteDoc(assignmentRef(tenantId, card));
}

export function useRemoveCard(card: AssignmentCard) {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cardWriteKey(tenantId, card),
    mutationFn: (_write: Extract<CardWrite, { kind: 'remove' }>) => removeCard(tenantId, card),
    onSettled: () => queryClient.invalidateQueries({ queryKey: countsKey(tenantId) }),
  });
}
