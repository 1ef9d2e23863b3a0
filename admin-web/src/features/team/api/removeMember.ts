import { useTenant } from '@portail/web';
import { useCallableMutation } from '../../common/api/useCallableMutation.js';
import { membersKey } from './listMembers.js';

export type RemoveMemberInput = { uid: string };

export function useRemoveMember() {
  const { tenantId } = useTenant();
  return useCallableMutation<RemoveMemberInput>('removeMember', [membersKey(tenantId)]);
}
