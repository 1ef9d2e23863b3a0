import { useQuery } from '@tanstack/react-query';
import { collection, getDocs, query, where } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export interface Collaborator {
  uid: string;
  name: string;
}

/** The collaborators the board can be filtered on: active ones, as clients are shared with them. */
export async function fetchActiveCollaborators(tenantId: string): Promise<Collaborator[]> {
  const snapshot = await getDocs(
    query(
      collection(db, 'tenants', tenantId, 'members'),
      where('status', '==', 'active'),
      where('role', '==', 'collaborator'),
    ),
  );
  return snapshot.docs
    .map((member) => {
      const data = member.data() as { displayName?: string; email?: string };
      return { uid: member.id, name: data.displayName || data.email || member.id };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export function useActiveCollaborators(enabled: boolean) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['pipeline', tenantId, 'collaborators'],
    queryFn: () => fetchActiveCollaborators(tenantId),
    enabled,
    staleTime: 5 * 60_000,
  });
}
