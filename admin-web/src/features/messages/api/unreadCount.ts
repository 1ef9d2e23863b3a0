import { useQuery } from '@tanstack/react-query';
import { collection, getCountFromServer, query, where } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useClientListScope } from '../../clients/api/listClients.js';

/** How often the nav's count is asked again while the tab stays open (and on focus). */
export const UNREAD_REFRESH_MS = 60_000;

/**
 * How many clients wait for an answer, for the nav badge (H7): one aggregation query on the
 * counter the message trigger keeps on each client (`unreadForStaff`), scoped like the
 * conversations page; no client document and no message is downloaded. Not live: asked again
 * every minute and when the tab comes back.
 * Index: clients (collection) [sharedWith array-contains,] unreadForStaff.
 */
export async function fetchWaitingConversations(tenantId: string, sharedWithUid: string | null) {
  const source = query(
    collection(db, 'tenants', tenantId, 'clients'),
    ...(sharedWithUid ? [where('sharedWith', 'array-contains', sharedWithUid)] : []),
    where('unreadForStaff', '>', 0),
  );
  return (await getCountFromServer(source)).data().count;
}

export function useWaitingConversations(): number {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  const count = useQuery({
    queryKey: ['conversations-waiting', tenantId, scope.sharedWithUid],
    queryFn: () => fetchWaitingConversations(tenantId, scope.sharedWithUid),
    enabled: scope.ready,
    refetchInterval: UNREAD_REFRESH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
  return count.data ?? 0;
}
