import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { defaultBranding, type PublicBranding } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

const emptyCompany = {
  address: '',
  phone: '',
  email: '',
  professionalCardNumber: '',
  professionalCardAuthority: '',
};
const key = (tenantId: string) => ['public-branding', tenantId];

export async function fetchPublicBranding(tenantId: string): Promise<PublicBranding> {
  const snapshot = await getDoc(doc(db, 'tenants', tenantId, 'public', 'branding'));
  const data = (snapshot.data() ?? {}) as Partial<PublicBranding>;
  return { ...defaultBranding, ...data, company: { ...emptyCompany, ...(data.company ?? {}) } };
}

export function usePublicBranding() {
  const { tenantId } = useTenant();
  return useQuery({ queryKey: key(tenantId), queryFn: () => fetchPublicBranding(tenantId) });
}

/** Writes the whole validated document; the rules check it again. */
export async function savePublicBranding(tenantId: string, branding: PublicBranding) {
  await setDoc(doc(db, 'tenants', tenantId, 'public', 'branding'), branding);
}

export function useSavePublicBranding() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (branding: PublicBranding) => savePublicBranding(tenantId, branding),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(tenantId) }),
  });
}
