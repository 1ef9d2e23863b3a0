import type { StartImpersonationResult } from '@portail/shared';
import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { clientsKey } from './listClients.js';

export type StartImpersonationInput = { clientId: string };

export function useStartImpersonation() {
  const { tenantId } = useTenant();
  return useCallableMutation<StartImpersonationInput, StartImpersonationResult>(
    'startImpersonation',
    [clientsKey(tenantId)],
  );
}
