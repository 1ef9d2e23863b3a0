import { doc, getDoc } from 'firebase/firestore';
import { domainSchema } from '@portail/shared';
import { db } from '../firebase/client.js';

export type AppKind = 'admin' | 'client';

const overrideKey = 'portail.tenantOverride';

/**
 * Which tenant this page belongs to: `?tenant=` (kept for the tab, handy in local development),
 * else the `domains/{host}` entry for the host name. Null means nobody owns this host.
 */
export async function resolveTenant(app: AppKind): Promise<string | null> {
  const override = new URLSearchParams(location.search).get('tenant');
  if (override) {
    sessionStorage.setItem(overrideKey, override);
    return override;
  }
  const remembered = sessionStorage.getItem(overrideKey);
  if (remembered) return remembered;

  const snapshot = await getDoc(doc(db, 'domains', location.host));
  const entry = domainSchema.safeParse(snapshot.data());
  if (!entry.success || entry.data.app !== app) return null;
  return entry.data.tenantId;
}
