import { doc, getDoc } from 'firebase/firestore';
import { domainSchema } from '@portail/shared';
import { db } from '../firebase/client.js';

export type AppKind = 'admin' | 'client';

export interface ResolvedTenant {
  /** Null means nobody owns this host (or the `?tenant=` names no agency). */
  tenantId: string | null;
  /** What the unknown-space page names: the host, or the override that was asked for. */
  label: string;
}

const overrideKey = 'portail.tenantOverride';

/** An override is trusted only if that tenant exists, i.e. has its public branding. */
async function tenantExists(tenantId: string): Promise<boolean> {
  if (!/^[a-z0-9-]{1,64}$/.test(tenantId)) return false;
  const snapshot = await getDoc(doc(db, 'tenants', tenantId, 'public', 'branding'));
  return snapshot.exists();
}

/**
 * Which tenant this page belongs to: `?tenant=` (kept for the tab, handy in local development),
 * else the `domains/{host}` entry for the host name.
 */
export async function resolveTenant(app: AppKind): Promise<ResolvedTenant> {
  const override =
    new URLSearchParams(location.search).get('tenant') ?? sessionStorage.getItem(overrideKey);
  if (override) {
    if (await tenantExists(override)) {
      sessionStorage.setItem(overrideKey, override);
      return { tenantId: override, label: override };
    }
    sessionStorage.removeItem(overrideKey);
    return { tenantId: null, label: override };
  }

  const snapshot = await getDoc(doc(db, 'domains', location.host));
  const entry = domainSchema.safeParse(snapshot.data());
  if (!entry.success || entry.data.app !== app) return { tenantId: null, label: location.host };
  return { tenantId: entry.data.tenantId, label: location.host };
}
