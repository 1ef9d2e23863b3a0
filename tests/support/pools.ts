// Each agency's own Auth tenant (user pool): tests reach users through it, as functions do.
import { getAuth, type TenantAwareAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { adminApp } from './stack.js';

const known = new Map<string, string>();

/** The agency's Auth tenant id, as `tenants/{t}.authTenantId` records it. */
export async function authTenantOf(tenantId: string): Promise<string> {
  const cached = known.get(tenantId);
  if (cached) return cached;
  const id: unknown = (await getFirestore(adminApp()).doc(`tenants/${tenantId}`).get()).get(
    'authTenantId',
  );
  if (typeof id !== 'string') throw new Error(`tenant ${tenantId} has no Auth tenant`);
  known.set(tenantId, id);
  return id;
}

/** firebase-admin's Auth inside the agency's pool. */
export async function poolAuth(tenantId: string): Promise<TenantAwareAuth> {
  return getAuth(adminApp())
    .tenantManager()
    .authForTenant(await authTenantOf(tenantId));
}

/** A new, empty pool (for a tenant document the test writes itself). */
export async function createPool(label: string): Promise<string> {
  const tenant = await getAuth(adminApp())
    .tenantManager()
    .createTenant({
      displayName: `t-${label}`
        .slice(0, 20)
        .replace(/[^A-Za-z0-9-]/g, '-')
        .replace(/-+$/, ''),
      emailSignInConfig: { enabled: true, passwordRequired: true },
    });
  return tenant.tenantId;
}
