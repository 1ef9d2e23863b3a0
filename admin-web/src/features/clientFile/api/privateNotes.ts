import { doc, type DocumentSnapshot } from 'firebase/firestore';
import { useMemo } from 'react';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

/** `clients/{c}/private/notes`: staff only; the client can never read this document. */
export const notesRef = (tenantId: string, clientId: string) =>
  doc(db, 'tenants', tenantId, 'clients', clientId, 'private', 'notes');

export interface PrivateNotes {
  note: string;
  feeAmount: number | null;
}

function readNotes(snapshot: DocumentSnapshot): PrivateNotes {
  const note = snapshot.get('note');
  const fee = snapshot.get('feeAmount');
  return {
    note: typeof note === 'string' ? note : '',
    feeAmount: typeof fee === 'number' && Number.isFinite(fee) ? fee : null,
  };
}

/** Followed live, only once the client file itself could be read (`enabled`). */
export function usePrivateNotes(clientId: string, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () => (enabled ? notesRef(tenantId, clientId) : null),
    [tenantId, clientId, enabled],
  );
  return useLiveQuery<PrivateNotes, DocumentSnapshot>(
    ['client-file-notes', tenantId, clientId],
    source,
    readNotes,
  );
}
