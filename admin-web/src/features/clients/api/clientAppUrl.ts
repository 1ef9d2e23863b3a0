import { useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export async function fetchClientAppUrl(tenantId: string): Promise<string | null> {
  const snapshot = await getDoc(doc(db, 'tenants', tenantId));
  const url = snapshot.get('clientAppUrl');
  return typeof url === 'string' && url ? url : null;
}

export function useClientAppUrl() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['client-app-url', tenantId],
    queryFn: () => fetchClientAppUrl(tenantId),
  });
}

/** `${clientAppUrl}/impersonate?tenant=<t>#token=<token>`, keeping any path or query of the base. */
export function impersonationUrl(base: string, tenantId: string, token: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/impersonate`;
  url.searchParams.set('tenant', tenantId);
  url.hash = `token=${encodeURIComponent(token)}`;
  return url.toString();
}
