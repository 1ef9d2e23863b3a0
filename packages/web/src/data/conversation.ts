import { useCallback, useMemo, useState } from 'react';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import {
  MESSAGES_PAGE_SIZE,
  messageAttachmentSchema,
  type MessageAttachment,
  type MessageProperty,
} from '@portail/shared';
import { db } from '../firebase/firestore.js';
import { useLiveQuery } from './liveQuery.js';

export interface ChatMessage {
  id: string;
  authorUid: string;
  fromClient: boolean;
  text: string;
  propertyId: string | null;
  property: MessageProperty | null;
  attachment: MessageAttachment | null;
  createdAt: Date;
}

export const messagesRef = (tenantId: string, clientId: string) =>
  collection(db, 'tenants', tenantId, 'clients', clientId, 'messages');

function readMessage(doc: QueryDocumentSnapshot): ChatMessage {
  const data = doc.data({ serverTimestamps: 'estimate' });
  const at = data.createdAt as { toDate?: () => Date } | null;
  const property = data.property as MessageProperty | null | undefined;
  return {
    id: doc.id,
    authorUid: typeof data.authorUid === 'string' ? data.authorUid : '',
    fromClient: data.fromClient === true,
    text: typeof data.text === 'string' ? data.text : '',
    propertyId: typeof data.propertyId === 'string' ? data.propertyId : null,
    property: property && typeof property.title === 'string' ? property : null,
    attachment: messageAttachmentSchema.safeParse(data.attachment).data ?? null,
    createdAt: at?.toDate ? at.toDate() : new Date(),
  };
}

interface Page {
  docs: QueryDocumentSnapshot[];
}

function withDocs(
  map: Map<string, QueryDocumentSnapshot>,
  docs: QueryDocumentSnapshot[],
): Map<string, QueryDocumentSnapshot> {
  if (docs.every((doc) => map.get(doc.id) === doc)) return map;
  const next = new Map(map);
  for (const doc of docs) next.set(doc.id, doc);
  return next;
}

/** Where the next older page starts: the oldest message read so far. */
function oldestOf(docs: Map<string, QueryDocumentSnapshot>): QueryDocumentSnapshot | null {
  let oldest: QueryDocumentSnapshot | null = null;
  for (const doc of docs.values()) {
    if (!oldest || readMessage(doc).createdAt < readMessage(oldest).createdAt) oldest = doc;
  }
  return oldest;
}

/**
 * One conversation: the newest page live (orderBy createdAt desc, limit 30), older pages read
 * once each from a cursor as the reader scrolls up. Messages never change, so what has been read
 * stays valid; a message pushed out of the live page by a new one is kept from its earlier read.
 */
export function useConversation(tenantId: string, clientId: string) {
  const source = useMemo(
    () =>
      clientId
        ? query(
            messagesRef(tenantId, clientId),
            orderBy('createdAt', 'desc'),
            limit(MESSAGES_PAGE_SIZE),
          )
        : null,
    [tenantId, clientId],
  );
  const live = useLiveQuery<Page, QuerySnapshot>(
    ['conversation', tenantId, clientId],
    source,
    (snapshot) => ({ docs: snapshot.docs }),
  );
  // Every message read so far, the live page's included: messages never change, so one that a
  // newer message pushes out of the live page stays shown from its earlier read.
  const [kept, setKept] = useState<Map<string, QueryDocumentSnapshot>>(() => new Map());
  const [keptFrom, setKeptFrom] = useState<Page | undefined>(undefined);
  const [hasOlder, setHasOlder] = useState(true);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  // Another conversation shown by the same component starts from nothing.
  const conversationKey = `${tenantId}/${clientId}`;
  const [keptFor, setKeptFor] = useState(conversationKey);
  if (keptFor !== conversationKey) {
    setKeptFor(conversationKey);
    setKept(new Map());
    setHasOlder(true);
  }
  if (live.data !== keptFrom) {
    setKeptFrom(live.data);
    setKept((current) => withDocs(current, live.data?.docs ?? []));
  }
  const all = withDocs(kept, live.data?.docs ?? []);
  const messages = [...all.values()]
    .map(readMessage)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const oldest = oldestOf(all);
  const livePageFull = (live.data?.docs.length ?? 0) >= MESSAGES_PAGE_SIZE;

  const loadOlder = useCallback(async () => {
    if (!oldest || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await getDocs(
        query(
          messagesRef(tenantId, clientId),
          orderBy('createdAt', 'desc'),
          startAfter(oldest),
          limit(MESSAGES_PAGE_SIZE),
        ),
      );
      setKept((current) => withDocs(current, page.docs));
      setHasOlder(page.size >= MESSAGES_PAGE_SIZE);
    } catch (error) {
      setOlderError(error);
    } finally {
      setLoadingOlder(false);
    }
  }, [tenantId, clientId, loadingOlder, oldest]);

  return {
    messages,
    isPending: live.isPending,
    error: live.error,
    hasOlder: livePageFull && hasOlder,
    loadingOlder,
    olderError,
    loadOlder,
  };
}
