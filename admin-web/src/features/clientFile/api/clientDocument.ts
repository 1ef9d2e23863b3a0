import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  collection,
  doc,
  documentId,
  getDocs,
  query,
  where,
  type DocumentSnapshot,
} from 'firebase/firestore';
import { errorCode, useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { readClientRow, type ClientRow } from '../../clients/api/clientRow.js';
import { useClientListScope } from '../../clients/api/listClients.js';

/** Not under `clients/…`: invalidating a live query would replace it with its first snapshot. */
export const clientFileKey = (tenantId: string, clientId: string) => [
  'client-file',
  tenantId,
  clientId,
];

export const clientRef = (tenantId: string, clientId: string) =>
  doc(db, 'tenants', tenantId, 'clients', clientId);

/**
 * Whether a collaborator who sees only shared clients may open this one: asked once, by a query
 * naming their uid as the rules demand. A client not shared with them then reads as absent; a
 * listener refused instead would reach the shell as a lost access ("Votre accès a été désactivé").
 */
export async function sharedWithMe(tenantId: string, clientId: string, uid: string) {
  try {
    const found = await getDocs(
      query(
        collection(db, 'tenants', tenantId, 'clients'),
        where(documentId(), '==', clientId),
        where('sharedWith', 'array-contains', uid),
      ),
    );
    return found.size === 1;
  } catch (error) {
    // The local emulator checks such a query against the document itself and refuses it.
    if (errorCode(error) === 'permission-denied') return false;
    throw error;
  }
}

export type LiveClient =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; client: ClientRow };

/**
 * The client document, live; `missing` when it does not exist, or is not shared with a
 * collaborator who sees only shared clients.
 */
export function useLiveClient(clientId: string): LiveClient {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  const uid = scope.sharedWithUid;
  const visible = useQuery({
    queryKey: ['client-file-visible', tenantId, clientId, uid],
    queryFn: () => (uid === null ? true : sharedWithMe(tenantId, clientId, uid)),
    enabled: scope.ready,
  });
  const source = useMemo(
    () => (visible.data === true ? clientRef(tenantId, clientId) : null),
    [tenantId, clientId, visible.data],
  );
  const live = useLiveQuery<ClientRow | null, DocumentSnapshot>(
    clientFileKey(tenantId, clientId),
    source,
    (snapshot) => (snapshot.exists() ? readClientRow(snapshot.id, snapshot.data()) : null),
  );
  if (visible.isError) return { state: 'failed', error: visible.error };
  if (visible.data === false) return { state: 'missing' };
  if (live.isError) return { state: 'failed', error: live.error };
  if (live.isPending) return { state: 'loading' };
  return live.data ? { state: 'ready', client: live.data } : { state: 'missing' };
}
