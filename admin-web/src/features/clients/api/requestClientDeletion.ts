import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

/** As `clientDeletionRequestInput` parses it: the reason is optional. */
export type RequestClientDeletionInput = { clientId: string; reason?: string };

/** A collaborator asks the admins to delete a client (they may not delete it themselves). */
export function useRequestClientDeletion() {
  const { tenantId } = useTenant();
  return useCallableMutation<RequestClientDeletionInput, { clientId: string; requested: boolean }>(
    'requestClientDeletion',
    [clientsKey(tenantId)],
  );
}
