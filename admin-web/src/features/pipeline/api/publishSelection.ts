import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, writeBatch } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { assignmentRef, type AssignmentCard } from './assignmentCard.js';

/**
 * Publishes the ticked drafts of one client together: one batch, so either all appear in the
 * client's space or none does (the panel's bound, 100, is far below a batch's 500 writes).
 */
export async function publishSelection(
  tenantId: string,
  cards: Pick<AssignmentCard, 'clientId' | 'id'>[],
): Promise<number> {
  const batch = writeBatch(db);
  for (const card of cards) {
    batch.update(assignmentRef(tenantId, card), { published: true, updatedAt: serverTimestamp() });
  }
  await batch.commit();
  return cards.length;
}

export function usePublishSelection() {
  const { tenantId } = useTenant();
  return useMutation({
    mutationFn: (cards: Pick<AssignmentCard, 'clientId' | 'id'>[]) =>
      publishSelection(tenantId, cards),
  });
}
