import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { db } from '../admin.js';

/** Appends to the tenant's audit log; only functions write it, admins read it. */
export function writeAudit(
  tenantId: string,
  entry: { action: string; actorUid: string; targetId: string; details?: Record<string, unknown> },
  tx?: Transaction,
) {
  const ref = db.collection(`tenants/${tenantId}/audit`).doc();
  const data = { ...entry, details: entry.details ?? {}, at: FieldValue.serverTimestamp() };
  if (tx) tx.create(ref, data);
  else return ref.create(data);
  return undefined;
}
