import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { clientsKey } from './listClients.js';

export type DeleteClientInput = { clientId: string };

export function useDeleteClient() {
  const { tenantId } = useTenant();
  return useCallableMutation<DeleteClientInput, unknown>('deleteClient', [clientsKey(tenantId)]);
}
