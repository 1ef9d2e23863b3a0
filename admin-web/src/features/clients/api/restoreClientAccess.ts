import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { clientsKey } from './listClients.js';

export type RestoreClientAccessInput = { clientId: string };

export function useRestoreClientAccess() {
  const { tenantId } = useTenant();
  return useCallableMutation<RestoreClientAccessInput, unknown>('restoreClientAccess', [
    clientsKey(tenantId),
  ]);
}
