import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type CreateClientInput = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
};

export function useCreateClient() {
  const { tenantId } = useTenant();
  return useCallableMutation<CreateClientInput, { clientId: string }>('createClient', [
    clientsKey(tenantId),
  ]);
}
