import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export type SetPublishedInput = { clientId: string; propertyId: string; published: boolean };

/**
 * "Publier" / "Dépublier" a card (H3): the client sees it only while published. The rules let
 * staff change `published` with the server's `updatedAt`, nothing else of the card.
 */
export async function setAssignmentPublished(
  tenantId: string,
  { clientId, propertyId, published }: SetPublishedInput,
): Promise<void> {
  await updateDoc(doc(db, 'tenants', tenantId, 'clients', clientId, 'assignments', propertyId), {
    published,
    updatedAt: serverTimestamp(),
  });
}

export function useSetAssignmentPublished() {
  const { tenantId } = useTenant();
  // The clients panel follows the cards live: the change shows as soon as it is written.
  return useMutation({
    mutationFn: (input: SetPublishedInput) => setAssignmentPublished(tenantId, input),
  });
}
