import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type DeclineClientDeletionInput = { clientId: string };

/** An admin declines a collaborator's deletion request: the client stays, the flag goes. */
export function useDeclineClientDeletion() {
  const { tenantId } = useTenant();
  return useCallableMutation<DeclineClientDeletionInput, { clientId: string; requested: boolean }>(
    'declineClientDeletion',
    [clientsKey(tenantId)],
  );
}
