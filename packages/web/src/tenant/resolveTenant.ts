import { readPublicDocument } from '../firebase/restDocument.js';

export type AppKind = 'admin' | 'client';

export interface ResolvedTenant {
  /** Null means nobody owns this host (or the `?tenant=` names no agency). */
  tenantId: string | null;
  /** The agency's own Auth tenant (user pool), which every sign-in goes to. */
  authTenantId: string | null;
  /** What the unknown-space page names: the host, or the override that was asked for. */
  label: string;
}

const overrideKey = 'portail.tenantOverride';
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** An override is trusted only if that tenant exists, i.e. publishes its sign-in options. */
async function overriddenTenant(tenantId: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,64}$/.test(tenantId)) return null;
  return text((await readPublicDocument(`tenants/${tenantId}/public/signin`))?.authTenantId);
}

/**
 * Which tenant this page belongs to: `?tenant=` (kept for the tab, handy in local development),
 * else the `domains/{host}` entry for the host name. Read through Firestore's REST API, before any
 * Firebase SDK is loaded.
 */
export async function resolveTenant(app: AppKind): Promise<ResolvedTenant> {
  const override =
    new URLSearchParams(location.search).get('tenant') ?? sessionStorage.getItem(overrideKey);
  if (override) {
    const authTenantId = await overriddenTenant(override);
    if (authTenantId) {
      sessionStorage.setItem(overrideKey, override);
      return { tenantId: override, authTenantId, label: override };
    }
    sessionStorage.removeItem(overrideKey);
    return { tenantId: null, authTenantId: null, label: override };
  }

  const entry = await readPublicDocument(`domains/${location.host}`);
  const tenantId = text(entry?.tenantId);
  const authTenantId = text(entry?.authTenantId);
  if (!tenantId || !authTenantId || entry?.app !== app) {
    return { tenantId: null, authTenantId: null, label: location.host };
  }
  return { tenantId, authTenantId, label: location.host };
}
