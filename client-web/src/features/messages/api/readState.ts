import { useEffect, useMemo } from 'react';
import { doc, serverTimestamp, setDoc, type DocumentSnapshot } from 'firebase/firestore';
import { useReadOnly } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';

const readStateRef = (tenantId: string, clientId: string, uid: string) =>
  doc(db, 'tenants', tenantId, 'clients', clientId, 'readState', uid);

/**
 * This login's unread count (`readState/{uid}`, kept by the message trigger): one document, so
 * the badge never reads a message. A staff preview has none and shows no badge.
 */
export function useUnreadCount(): number {
  const { tenantId, clientId, uid } = useSpaceIds();
  const readOnly = useReadOnly();
  const source = useMemo(
    () => (clientId && !readOnly ? readStateRef(tenantId, clientId, uid) : null),
    [tenantId, clientId, uid, readOnly],
  );
  const live = useLiveQuery<number, DocumentSnapshot>(
    ['space-unread', tenantId, clientId, uid],
    source,
    (snapshot) => Number(snapshot.get('unread') ?? 0),
  );
  return live.data ?? 0;
}

/** While the conversation is open, this login's count goes back to zero whenever it rises. */
export function useMarkReadWhileOpen() {
  const { tenantId, clientId, uid } = useSpaceIds();
  const readOnly = useReadOnly();
  const unread = useUnreadCount();
  useEffect(() => {
    if (readOnly || unread === 0 || !clientId) return;
    // A refused reset leaves the badge on; the messages still show.
    setDoc(readStateRef(tenantId, clientId, uid), {
      unread: 0,
      readAt: serverTimestamp(),
    }).catch(() => undefined);
  }, [readOnly, unread, tenantId, clientId, uid]);
}
