import { useMemo } from 'react';
import { collection, limit, orderBy, query, type QuerySnapshot } from 'firebase/firestore';
import type { DocumentDownloaderRole } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

export interface DownloadRow {
  id: string;
  uid: string;
  role: DocumentDownloaderRole;
  inline: boolean;
  at: Date | null;
}

/** The latest downloads shown under a document; the counter on it tells the total. */
export const DOWNLOADS_SHOWN = 20;

function readRows(snapshot: QuerySnapshot): DownloadRow[] {
  return snapshot.docs.map((doc) => {
    const data = doc.data({ serverTimestamps: 'estimate' });
    const at = data.at as { toDate?: () => Date } | null;
    const role = data.role;
    return {
      id: doc.id,
      uid: String(data.uid ?? ''),
      role: role === 'client' || role === 'preview' ? role : 'staff',
      inline: data.inline === true,
      at: at?.toDate ? at.toDate() : null,
    };
  });
}

/**
 * Who downloaded a document and when (H8), read when the hunter opens its history.
 * Index: downloads (collection) at desc — single field.
 */
export function useDocumentDownloads(clientId: string, documentId: string, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () =>
      enabled
        ? query(
            collection(
              db,
              'tenants',
              tenantId,
              'clients',
              clientId,
              'documents',
              documentId,
              'downloads',
            ),
            orderBy('at', 'desc'),
            limit(DOWNLOADS_SHOWN),
          )
        : null,
    [tenantId, clientId, documentId, enabled],
  );
  return useLiveQuery<DownloadRow[], QuerySnapshot>(
    ['document-downloads', tenantId, clientId, documentId],
    source,
    readRows,
  );
}
