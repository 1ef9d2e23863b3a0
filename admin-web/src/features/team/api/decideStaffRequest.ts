import { useCallableMutation, useTenant } from '@portail/web';
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
