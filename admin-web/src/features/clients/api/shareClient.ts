import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import type { ShareClientInput } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { clientsKey } from './listClients.js';

/** Replaces who a client is shared with; the rules let only owners and admins do this. */
export async function shareClient(
  tenantId: string,
  clientId: string,
  { sharedWith }: ShareClientInput,
): Promise<void> {
  await updateDoc(doc(db, 'tenants', tenantId, 'clients', clientId), {
    sharedWith,
    updatedAt: serverTimestamp(),
  });
}

export function useShareClient() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, ...input }: ShareClientInput & { clientId: string }) =>
      shareClient(tenantId, clientId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey(tenantId) }),
  });
}
