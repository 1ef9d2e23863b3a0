import { useMemo } from 'react';
import { collection, limit, orderBy, query, type QuerySnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

export interface DocumentRow {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  propertyId: string | null;
  fromMessage: boolean;
  uploaderRole: 'staff' | 'client';
  createdAt: Date | null;
  downloadCount: number;
  lastDownloadAt: Date | null;
}

const dateOf = (value: unknown) => {
  const at = value as { toDate?: () => Date } | null | undefined;
  return at?.toDate ? at.toDate() : null;
};

function readRows(snapshot: QuerySnapshot): DocumentRow[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data({ serverTimestamps: 'estimate' });
    return {
      id: doc.id,
      title: String(data.title ?? data.fileName ?? ''),
      fileName: String(data.fileName ?? ''),
      contentType: String(data.contentType ?? ''),
      size: Number(data.size ?? 0),
      propertyId: typeof data.propertyId === 'string' ? data.propertyId : null,
      fromMessage: data.fromMessage === true,
      uploaderRole: data.uploaderRole === 'client' ? 'client' : 'staff',
      createdAt: dateOf(data.createdAt),
      downloadCount: Number(data.downloadCount ?? 0),
      lastDownloadAt: dateOf(data.lastDownloadAt),
    };
  });
}

export const clientDocumentsKey = (tenantId: string, clientId: string, max: number) => [
  'client-documents',
  tenantId,
  clientId,
  max,
];

/**
 * The space's documents, newest first, live (a download moves its counter at once): one page,
 * lengthened by "Voir plus". Index: documents (collection) createdAt desc — single field.
 */
export function useClientDocuments(clientId: string, max: number) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () =>
      query(
        collection(db, 'tenants', tenantId, 'clients', clientId, 'documents'),
        orderBy('createdAt', 'desc'),
        limit(max),
      ),
    [tenantId, clientId, max],
  );
  const live = useLiveQuery<DocumentRow[], QuerySnapshot>(
    clientDocumentsKey(tenantId, clientId, max),
    source,
    readRows,
  );
  return { ...live, hasMore: (live.data?.length ?? 0) >= max };
}
