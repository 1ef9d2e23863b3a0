import { FieldValue } from 'firebase-admin/firestore';
import type { Transaction } from 'firebase-admin/firestore';
import { outboxMessageSchema, type OutboxMessage } from '@portail/shared';
import { db } from '../admin.js';

/**
 * Queues an e-mail for `sendOutboxEmail`. A deterministic `id` (e.g. `invite-<uid>-<n>`) makes a
 * retried producer write the same entry instead of a second e-mail.
 */
export async function enqueueEmail(
  tenantId: string,
  message: OutboxMessage,
  id?: string,
  tx?: Transaction,
): Promise<string> {
  const data = { ...outboxMessageSchema.parse(message), createdAt: FieldValue.serverTimestamp() };
  const collection = db.collection(`tenants/${tenantId}/outbox`);
  const ref = id ? collection.doc(id) : collection.doc();
  if (tx) tx.create(ref, data);
  else await ref.create(data);
  return ref.id;
}
