import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { assignmentRef, type AssignmentCard } from './assignmentCard.js';
import { cardWriteKey, type CardWrite } from './cardWriteState.js';

/** "Publier" shows the card to the client; "Dépublier" makes it a draft again. */
export async function setPublished(
  tenantId: string,
  card: Pick<AssignmentCard, 'clientId' | 'id'>,
  published: boolean,
): Promise<void> {
  await updateDoc(assignmentRef(tenantId, card), { published, updatedAt: serverTimestamp() });
}

export function useSetPublished(card: AssignmentCard) {
  const { tenantId } = useTenant();
  return useMutation({
    mutationKey: cardWriteKey(tenantId, card),
    mutationFn: (write: Extract<CardWrite, { kind: 'publish' }>) =>
      setPublished(tenantId, card, write.published),
  });
}
