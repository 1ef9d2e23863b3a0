import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { membersKey } from './listMembers.js';

export type DecideStaffRequestInput = {
  uid: string;
  approve: boolean;
  role: 'admin' | 'collaborator';
};

export function useDecideStaffRequest() {
  const { tenantId } = useTenant();
  return useCallableMutation<DecideStaffRequestInput>('decideStaffRequest', [membersKey(tenantId)]);
}
