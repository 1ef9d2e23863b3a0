import { useQuery } from '@tanstack/react-query';
import { collection, getDocs, query, where } from 'firebase/firestore';
import type { ClientStatus } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';

export interface ClientRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  status: ClientStatus;
  /** Collaborators' uids the client is shared with (see `collaboratorsSeeSharedOnly`). */
  sharedWith?: string[];
  logins?: Record<string, { email: string; displayName: string; invitationCount?: number }>;
}

export const clientsKey = (tenantId: string) => ['clients', tenantId];

export async function listClients(
  tenantId: string,
  sharedWithUid: string | null,
): Promise<ClientRow[]> {
  const clients = collection(db, 'tenants', tenantId, 'clients');
  const snapshot = await getDocs(
    sharedWithUid ? query(clients, where('sharedWith', 'array-contains', sharedWithUid)) : clients,
  );
  return snapshot.docs
    .map((c) => ({ id: c.id, ...(c.data() as Omit<ClientRow, 'id'>) }))
    .filter((c) => c.status !== 'deleting')
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`));
}

export function useClients() {
  const { tenantId } = useTenant();
  const { user, claims } = useSignedIn();
  const settings = useTenantSettings();
  const scoped =
    claims.role === 'collaborator' && settings.data?.collaboratorsSeeSharedOnly === true;
  return useQuery({
    queryKey: [...clientsKey(tenantId), scoped ? user.uid : 'all'],
    queryFn: () => listClients(tenantId, scoped ? user.uid : null),
    enabled: settings.isFetched,
  });
}
