import { useQuery } from '@tanstack/react-query';
import { doc, getDoc, type Timestamp } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

export type Plan = 'sandbox' | 'paid';

export interface TenantPlan {
  plan: Plan;
  /** When a sandbox's data is next emptied (T1); null for a paid tenant. */
  purgeAt: Date | null;
}

export async function fetchTenantPlan(tenantId: string): Promise<TenantPlan> {
  const snapshot = await getDoc(doc(db, 'tenants', tenantId));
  const plan: Plan = snapshot.get('plan') === 'paid' ? 'paid' : 'sandbox';
  const purgeAt = snapshot.get('purgeAt') as Timestamp | undefined;
  return { plan, purgeAt: plan === 'sandbox' && purgeAt ? purgeAt.toDate() : null };
}

export function useTenantPlan() {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['tenant-plan', tenantId],
    queryFn: () => fetchTenantPlan(tenantId),
  });
}
