import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { SANDBOX_PURGE_DAYS } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';

const DAY_MS = 24 * 60 * 60 * 1000;

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
    purgeAt:
      plan === 'paid'
        ? FieldValue.delete()
        : Timestamp.fromMillis(now + SANDBOX_PURGE_DAYS * DAY_MS),
  });
  await writeAudit(tenantId, {
    action: 'tenant.plan',
    actorUid: 'system',
    targetId: tenantId,
    details: { plan },
  });
}
