import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { defaultTenantSettings, readUnpaidPolicy, type UnpaidPolicy } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

const policyKey = (tenantId: string) => ['dossiers', tenantId, 'unpaid-policy'];

/** The tenant's unpaid policy (D3), read from the settings document itself. */
export function useUnpaidPolicy() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: policyKey(tenantId),
    queryFn: async () =>
      readUnpaidPolicy(
        (await getDoc(doc(db, 'tenants', tenantId, 'config', 'settings'))).get('unpaidPolicy'),
      ),
  });
}

/** Merged into the settings, so the other settings stay as they are (admins only, per the rules). */
export function useSetUnpaidPolicy() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (unpaidPolicy: UnpaidPolicy) => {
      const ref = doc(db, 'tenants', tenantId, 'config', 'settings');
      // The rules check the whole document: a tenant without settings yet gets the defaults.
      const exists = (await getDoc(ref)).exists();
      await setDoc(ref, exists ? { unpaidPolicy } : { ...defaultTenantSettings, unpaidPolicy }, {
        merge: true,
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: policyKey(tenantId) }),
  });
}

/** A client who gets the originals of unpaid dossiers anyway (admins only, per the rules). */
export function useSetClientExempt() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, exempt }: { clientId: string; exempt: boolean }) =>
      updateDoc(doc(db, 'tenants', tenantId, 'clients', clientId), {
        unpaidExempt: exempt,
        updatedAt: serverTimestamp(),
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['dossiers', tenantId, 'client-options'] }),
  });
}
