import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import { defaultTenantSettings, tenantSettingsSchema, type TenantSettings } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export const settingsKey = (tenantId: string) => ['tenant-settings', tenantId];

/** The tenant's settings; a setting missing or invalid in the document takes its default. */
export async function fetchTenantSettings(tenantId: string): Promise<TenantSettings> {
  const data = (await getDoc(doc(db, 'tenants', tenantId, 'config', 'settings'))).data();
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
  // Merged: other features keep their own settings in this document (unpaid policy, scraping).
  await setDoc(doc(db, 'tenants', tenantId, 'config', 'settings'), settings, { merge: true });
}

export function useSaveTenantSettings() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: TenantSettings) => saveTenantSettings(tenantId, settings),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey(tenantId) }),
  });
}
