import { useEffect, useMemo } from 'react';
import { doc, serverTimestamp, updateDoc, type DocumentSnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

const clientDocRef = (tenantId: string, clientId: string) =>
  doc(db, 'tenants', tenantId, 'clients', clientId);

/** Back to zero: the one write the rules let staff make on the conversation's counters. */
export async function markConversationRead(tenantId: string, clientId: string) {
  await updateDoc(clientDocRef(tenantId, clientId), {
    unreadForStaff: 0,
    staffReadAt: serverTimestamp(),
  });
}

/**
 * While a member has the conversation open, what clients write counts as read: the client
 * document is followed and its count reset as soon as it rises.
 */
export function useMarkReadWhileOpen(clientId: string, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () => (clientId && enabled ? clientDocRef(tenantId, clientId) : null),
    [tenantId, clientId, enabled],
  );
  const live = useLiveQuery<number, DocumentSnapshot>(
    ['conversation-unread', tenantId, clientId],
    source,
    (snapshot) => Number(snapshot.get('unreadForStaff') ?? 0),
  );
  const unread = live.data ?? 0;
  useEffect(() => {
    if (!enabled || unread === 0) return;
    // A refused reset only leaves the badge on; the conversation itself still shows.
    markConversationRead(tenantId, clientId).catch(() => undefined);
  }, [enabled, unread, tenantId, clientId]);
}
