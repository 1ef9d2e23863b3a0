import { useMemo } from 'react';
import { collection, limit, orderBy, query, where, type QuerySnapshot } from 'firebase/firestore';
import { db, useLiveQuery } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';

export interface SpaceDocument {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  propertyId: string | null;
  createdAt: Date | null;
}

/** One page of the space's documents; "Voir plus" lengthens it. */
export const SPACE_DOCUMENTS_PAGE = 30;

function readRows(snapshot: QuerySnapshot): SpaceDocument[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data({ serverTimestamps: 'estimate' });
    const at = data.createdAt as { toDate?: () => Date } | null;
    return {
      id: doc.id,
      title: String(data.title ?? data.fileName ?? ''),
      fileName: String(data.fileName ?? ''),
      contentType: String(data.contentType ?? ''),
      size: Number(data.size ?? 0),
      propertyId: typeof data.propertyId === 'string' ? data.propertyId : null,
      createdAt: at?.toDate ? at.toDate() : null,
    };
  });
}

/**
 * The documents the agency shared on this space (C1, H8), newest first, live; with a property,
 * only those about it. Message attachments stay in the conversation.
 * Indexes: documents (collection) fromMessage ==, createdAt desc; and propertyId ==,
 * fromMessage ==, createdAt desc.
 */
export function useSpaceDocuments(propertyId: string | null, max = SPACE_DOCUMENTS_PAGE) {
  const { tenantId, clientId } = useSpaceIds();
  const source = useMemo(
    () =>
      clientId
        ? query(
            collection(db, 'tenants', tenantId, 'clients', clientId, 'documents'),
            ...(propertyId ? [where('propertyId', '==', propertyId)] : []),
            where('fromMessage', '==', false),
            orderBy('createdAt', 'desc'),
            limit(max),
          )
        : null,
    [tenantId, clientId, propertyId, max],
  );
  const live = useLiveQuery<SpaceDocument[], QuerySnapshot>(
    ['space-documents', tenantId, clientId, propertyId, max],
    source,
    readRows,
  );
  return { ...live, hasMore: (live.data?.length ?? 0) >= max };
}
