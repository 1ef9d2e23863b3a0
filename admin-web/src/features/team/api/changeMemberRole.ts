import { useCallableMutation, useTenant } from '@portail/web';
import { membersKey } from './listMembers.js';

export type ChangeMemberRoleInput = { uid: string; role: 'admin' | 'collaborator' };

export function useChangeMemberRole() {
  const { tenantId } = useTenant();
  return useCallableMutation<ChangeMemberRoleInput>('changeMemberRole', [membersKey(tenantId)]);
}
