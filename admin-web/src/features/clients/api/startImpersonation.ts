import type { StartImpersonationResult } from '@portail/shared';
import { useCallableMutation, useTenant } from '@portail/web';
import { clientsKey } from './listClients.js';

export type StartImpersonationInput = { clientId: string };

export function useStartImpersonation() {
  const { tenantId } = useTenant();
  return useCallableMutation<StartImpersonationInput, StartImpersonationResult>(
    'startImpersonation',
    [clientsKey(tenantId)],
  );
}
