import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type AddClientLoginInput = { clientId: string; email: string; displayName: string };

export function useAddClientLogin() {
  const { tenantId } = useTenant();
  return useCallableMutation<AddClientLoginInput, unknown>('addClientLogin', [
    clientsKey(tenantId),
  ]);
}
