import { useCallableMutation, useTenant } from '@portail/web';
import { membersKey } from './listMembers.js';

export type RemoveMemberInput = { uid: string };

export function useRemoveMember() {
  const { tenantId } = useTenant();
  return useCallableMutation<RemoveMemberInput>('removeMember', [membersKey(tenantId)]);
}
