import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type DeleteClientInput = { clientId: string };

export function useDeleteClient() {
  const { tenantId } = useTenant();
  return useCallableMutation<DeleteClientInput, unknown>('deleteClient', [clientsKey(tenantId)]);
}
