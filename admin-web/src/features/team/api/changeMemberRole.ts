import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { membersKey } from './listMembers.js';

export type ChangeMemberRoleInput = { uid: string; role: 'admin' | 'collaborator' };

export function useChangeMemberRole() {
  const { tenantId } = useTenant();
  return useCallableMutation<ChangeMemberRoleInput>('changeMemberRole', [membersKey(tenantId)]);
}
