import { useMutation } from '@tanstack/react-query';
import { setDoc } from 'firebase/firestore';
import type { ClientPrivateNotes } from '@portail/shared';
import { useTenant } from '@portail/web';
import { notesRef } from './privateNotes.js';

export async function savePrivateNotes(
  tenantId: string,
  clientId: string,
  notes: ClientPrivateNotes,
): Promise<void> {
  await setDoc(notesRef(tenantId, clientId), notes, { merge: true });
}

export function useSavePrivateNotes(clientId: string) {
  const { tenantId } = useTenant();
  return useMutation({
    mutationFn: (notes: ClientPrivateNotes) => savePrivateNotes(tenantId, clientId, notes),
  });
}
