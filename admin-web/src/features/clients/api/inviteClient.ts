import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type InviteClientInput = { clientId: string };

export function useInviteClient() {
  const { tenantId } = useTenant();
  return useCallableMutation<InviteClientInput, unknown>('inviteClient', [clientsKey(tenantId)]);
}
