import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type RevokeClientAccessInput = { clientId: string };

export function useRevokeClientAccess() {
  const { tenantId } = useTenant();
  return useCallableMutation<RevokeClientAccessInput, unknown>('revokeClientAccess', [
    clientsKey(tenantId),
  ]);
}
