import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { SANDBOX_PURGE_DAYS } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { DAY_MS } from '../common/time.js';

/** When a sandbox created, purged or made a sandbox again at `now` is next purged (T1). */
export function nextPurgeAt(now = Date.now()): Timestamp {
  return Timestamp.fromMillis(now + SANDBOX_PURGE_DAYS * DAY_MS);
}

/**
 * Payment state is ours (support or billing), never the tenant's: the rules forbid writing the
 * tenant document. Going paid removes the tenant from the purge; back to sandbox restarts the 90
 * days.
 */
export async function setTenantPlan(tenantId: string, plan: 'sandbox' | 'paid', now = Date.now()) {
  const ref = db.doc(`tenants/${tenantId}`);
  if (!(await ref.get()).exists) throw new Error(`no tenant ${tenantId}`);
  await ref.update({
    plan,
    purgeAt: plan === 'paid' ? FieldValue.delete() : nextPurgeAt(now),
  });
  await writeAudit(tenantId, {
    action: 'tenant.plan',
    actorUid: 'system',
    targetId: tenantId,
    details: { plan },
  });
}
