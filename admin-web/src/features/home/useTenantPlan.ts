import { useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { db, useTenant } from '@portail/web';

export type Plan = 'sandbox' | 'paid';

export async function fetchTenantPlan(tenantId: string): Promise<Plan> {
  const snapshot = await getDoc(doc(db, 'tenants', tenantId));
  return snapshot.get('plan') === 'paid' ? 'paid' : 'sandbox';
}

export function useTenantPlan() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['tenant-plan', tenantId],
    queryFn: () => fetchTenantPlan(tenantId),
  });
}
