import { useQuery } from '@tanstack/react-query';
import { collection, getDocs } from 'firebase/firestore';
import type { MemberStatus, Role } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export interface Member {
  uid: string;
  email: string;
  displayName: string;
  role: Role;
  status: MemberStatus;
}

export const membersKey = (tenantId: string) => ['members', tenantId];

export async function listMembers(tenantId: string): Promise<Member[]> {
  const snapshot = await getDocs(collection(db, 'tenants', tenantId, 'members'));
  return snapshot.docs
    .map((member) => ({ uid: member.id, ...(member.data() as Omit<Member, 'uid'>) }))
    .sort((a, b) => (a.displayName ?? a.email).localeCompare(b.displayName ?? b.email));
}

export function useMembers() {
  const { tenantId } = useTenant();
  return useQuery({ queryKey: membersKey(tenantId), queryFn: () => listMembers(tenantId) });
}
