import { useQuery } from '@tanstack/react-query';
import { collection, getDocs } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

/**
 * Who is who in the histories: every member's display name by uid, read once per session (a team
 * is a handful of people, and names rarely change while a screen is open).
 */
export async function fetchMemberNames(tenantId: string): Promise<Map<string, string>> {
  const snapshot = await getDocs(collection(db, 'tenants', tenantId, 'members'));
  return new Map(
    snapshot.docs.map((member) => {
      const data = member.data() as { displayName?: string; email?: string };
      return [member.id, data.displayName || data.email || member.id];
    }),
  );
}

export function useMemberNames() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['pipeline', tenantId, 'memberNames'],
    queryFn: () => fetchMemberNames(tenantId),
    staleTime: Infinity,
  });
}
