import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { dossiersKey } from './listDossiers.js';

export type DossierToggle = Partial<{ paid: boolean; published: boolean; amount: number }>;

/** What staff change directly under the rules: paid, published, amount (D3). */
export async function toggleDossier(tenantId: string, dossierId: string, change: DossierToggle) {
  await updateDoc(doc(db, 'tenants', tenantId, 'dossiers', dossierId), {
    ...change,
    updatedAt: serverTimestamp(),
  });
}

export function useToggleDossier(dossierId: string) {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: DossierToggle) => toggleDossier(tenantId, dossierId, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dossiersKey(tenantId) }),
  });
}
