import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type RestoreClientAccessInput = { clientId: string };

export function useRestoreClientAccess() {
  const { tenantId } = useTenant();
  return useCallableMutation<RestoreClientAccessInput, unknown>('restoreClientAccess', [
    clientsKey(tenantId),
  ]);
}
