import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  writeBatch,
  type DocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import { BELL_PANEL_SIZE, isAppRoute, type EmailEvent } from '@portail/shared';
import { db } from '../../firebase/firestore.js';
import { useLiveQuery } from '../../data/liveQuery.js';

export interface BellEntry {
  id: string;
  event: EmailEvent;
  title: string;
  /** A route of this app; '/' when the stored one is not. */
  link: string;
  createdAt: Date;
  read: boolean;
}

const bellRef = (tenantId: string, uid: string) => doc(db, 'tenants', tenantId, 'bell', uid);
const itemsRef = (tenantId: string, uid: string) =>
  collection(db, 'tenants', tenantId, 'bell', uid, 'items');

const asDate = (value: unknown) =>
  value && typeof (value as { toDate?: unknown }).toDate === 'function'
    ? (value as { toDate: () => Date }).toDate()
    : new Date();

/** The count of items arrived since the panel was last opened, live. */
export function useBellUnread(tenantId: string, uid: string) {
  return useLiveQuery<number, DocumentSnapshot>(
    ['bell', tenantId, uid],
    bellRef(tenantId, uid),
    (snapshot) => {
      const unread: unknown = snapshot.get('unread');
      return typeof unread === 'number' && unread > 0 ? unread : 0;
    },
  );
}

/** The latest items, newest first, live; read only while the panel is open. */
export function useBellItems(tenantId: string, uid: string, open: boolean) {
  return useLiveQuery<BellEntry[], QuerySnapshot>(
    ['bell-items', tenantId, uid],
    open
      ? query(itemsRef(tenantId, uid), orderBy('createdAt', 'desc'), limit(BELL_PANEL_SIZE))
      : null,
    (snapshot) =>
      snapshot.docs.map((item) => {
        const data = item.data({ serverTimestamps: 'estimate' });
        return {
          id: item.id,
          event: data.event as EmailEvent,
          title: typeof data.title === 'string' ? data.title : '',
          link: isAppRoute(data.link) ? data.link : '/',
          createdAt: asDate(data.createdAt),
          read: data.readAt != null,
        };
      }),
  );
}

/** Opening the panel: what arrived is now seen (the rules allow resetting to 0 only). */
export function resetUnread(tenantId: string, uid: string) {
  return updateDoc(bellRef(tenantId, uid), { unread: 0 });
}

export function markRead(tenantId: string, uid: string, itemId: string) {
  return updateDoc(doc(itemsRef(tenantId, uid), itemId), { readAt: serverTimestamp() });
}

/** « Tout marquer comme lu »: the unread items listed, and the count, in one write. */
export function markAllRead(tenantId: string, uid: string, itemIds: readonly string[]) {
  const batch = writeBatch(db);
  for (const id of itemIds)
    batch.update(doc(itemsRef(tenantId, uid), id), { readAt: serverTimestamp() });
  batch.update(bellRef(tenantId, uid), { unread: 0 });
  return batch.commit();
}
