import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import type { ClientCriteria } from '@portail/shared';
import { useTenant } from '@portail/web';
import { clientRef } from './clientDocument.js';

/** The client's search criteria (budget, areas, rooms, surface), a map the rules let staff write. */
export async function saveCriteria(
  tenantId: string,
  clientId: string,
  criteria: ClientCriteria,
): Promise<void> {
  await updateDoc(clientRef(tenantId, clientId), { criteria, updatedAt: serverTimestamp() });
}

export function useSaveCriteria(clientId: string) {
  const { tenantId } = useTenant();
  return useMutation({
    mutationFn: (criteria: ClientCriteria) => saveCriteria(tenantId, clientId, criteria),
  });
}
