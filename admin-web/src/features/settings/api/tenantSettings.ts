import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, setDoc, type DocumentData } from 'firebase/firestore';
import { defaultTenantSettings, tenantSettingsSchema, type TenantSettings } from '@portail/shared';
import { db, isPermissionDenied, useTenant } from '@portail/web';

export const settingsKey = (tenantId: string) => ['tenant-settings', tenantId];

export async function fetchTenantSettings(tenantId: string): Promise<TenantSettings> {
  let data: DocumentData | undefined;
  try {
    data = (await getDoc(doc(db, 'tenants', tenantId, 'config', 'settings'))).data();
  } catch (error) {
    // Until firestore.rules cover config/settings, a refused read falls back to the defaults
    // rather than showing the "access disabled" page; other reads still detect a removed member.
    if (!isPermissionDenied(error)) throw error;
  }
  return (
    tenantSettingsSchema.safeParse({ ...defaultTenantSettings, ...data }).data ??
    defaultTenantSettings
  );
}

export function useTenantSettings() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: settingsKey(tenantId),
    queryFn: () => fetchTenantSettings(tenantId),
  });
}

export async function saveTenantSettings(tenantId: string, settings: TenantSettings) {
  await setDoc(doc(db, 'tenants', tenantId, 'config', 'settings'), settings);
}

export function useSaveTenantSettings() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: TenantSettings) => saveTenantSettings(tenantId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(tenantId) }),
  });
}
