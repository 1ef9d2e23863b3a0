import { useMemo } from 'react';
import { collection, limit, orderBy, query, where, type QuerySnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { useClientListScope } from '../../clients/api/listClients.js';

export interface ConversationRow {
  clientId: string;
  name: string;
  lastMessageAt: Date | null;
  preview: string;
  fromClient: boolean;
  unread: number;
}

function readRows(snapshot: QuerySnapshot): ConversationRow[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data();
    const at = data.lastMessageAt as { toDate?: () => Date } | undefined;
    return {
      clientId: doc.id,
      name: [data.firstName, data.lastName].filter((part) => typeof part === 'string').join(' '),
      lastMessageAt: at?.toDate ? at.toDate() : null,
      preview: typeof data.lastMessagePreview === 'string' ? data.lastMessagePreview : '',
      fromClient: data.lastMessageFromClient === true,
      unread: Number(data.unreadForStaff ?? 0),
    };
  });
}

/**
 * The hunter's conversations (H7): one page of clients by last message, live; the page shows
 * the unread ones first. Only clients with a message have `lastMessageAt`, so only they come.
 * Index: clients (collection) [sharedWith array-contains,] lastMessageAt desc.
 */
export function useConversations(pages: number) {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  // "Voir plus" lengthens the live page by the tenant's rows per page.
  const max = pages * scope.pageSize;
  const source = useMemo(
    () =>
      scope.ready
        ? query(
            collection(db, 'tenants', tenantId, 'clients'),
            ...(scope.sharedWithUid
              ? [where('sharedWith', 'array-contains', scope.sharedWithUid)]
              : []),
            orderBy('lastMessageAt', 'desc'),
            limit(max),
          )
        : null,
    [tenantId, scope.ready, scope.sharedWithUid, max],
  );
  const live = useLiveQuery<ConversationRow[], QuerySnapshot>(
    ['conversations', tenantId, scope.sharedWithUid, max],
    source,
    readRows,
  );
  const rows = useMemo(
    () =>
      // Stable: within each group the query's order (newest message first) stays.
      [...(live.data ?? [])].sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0)),
    [live.data],
  );
  return { rows, live, hasMore: (live.data?.length ?? 0) >= max };
}

/**
 * How many conversations wait for an answer, for the nav badge: one document read per client
 * with unread messages (capped), never a message.
 * Index: clients (collection) [sharedWith array-contains,] unreadForStaff > 0.
 */
export function useUnreadConversations(cap = 99) {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  const source = useMemo(
    () =>
      scope.ready
        ? query(
            collection(db, 'tenants', tenantId, 'clients'),
            ...(scope.sharedWithUid
              ? [where('sharedWith', 'array-contains', scope.sharedWithUid)]
              : []),
            where('unreadForStaff', '>', 0),
            limit(cap),
          )
        : null,
    [tenantId, scope.ready, scope.sharedWithUid, cap],
  );
  const live = useLiveQuery<number, QuerySnapshot>(
    ['conversations-unread', tenantId, scope.sharedWithUid, cap],
    source,
    (snapshot) => snapshot.size,
  );
  return live.data ?? 0;
}
