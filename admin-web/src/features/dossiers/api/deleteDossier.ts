import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteDoc, doc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { dossiersKey } from './listDossiers.js';

/** Deleted under the rules; removeDossierData then removes its files, history and guest links. */
export function useDeleteDossier() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dossierId: string) =>
      deleteDoc(doc(db, 'tenants', tenantId, 'dossiers', dossierId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossiersKey(tenantId) }),
  });
}
