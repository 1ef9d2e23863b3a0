import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { clientsKey } from './listClients.js';

export type RevokeClientAccessInput = { clientId: string };

export function useRevokeClientAccess() {
  const { tenantId } = useTenant();
  return useCallableMutation<RevokeClientAccessInput, unknown>('revokeClientAccess', [
    clientsKey(tenantId),
  ]);
}
