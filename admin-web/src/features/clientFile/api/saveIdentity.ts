import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import type { ClientIdentity } from '@portail/shared';
import { useTenant } from '@portail/web';
import { clientsKey } from '../../clients/api/listClients.js';
import { clientRef } from './clientDocument.js';

/**
 * Names and phone, written directly under the rules (`validClientEdit`); the search keywords
 * and sort key follow through the syncClientCopies trigger.
 */
export async function saveIdentity(
  tenantId: string,
  clientId: string,
  identity: ClientIdentity,
): Promise<void> {
  await updateDoc(clientRef(tenantId, clientId), { ...identity, updatedAt: serverTimestamp() });
}

export function useSaveIdentity(clientId: string) {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identity: ClientIdentity) => saveIdentity(tenantId, clientId, identity),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey(tenantId) }),
  });
}
