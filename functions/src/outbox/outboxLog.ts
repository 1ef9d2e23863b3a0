import {
  FieldValue,
  type DocumentData,
  type Transaction,
  type WriteBatch,
} from 'firebase-admin/firestore';
import type { Delivery } from '@portail/shared';
import { db } from '../admin.js';

export const outboxLogRef = (tenantId: string, messageId: string) =>
  db.doc(`tenants/${tenantId}/outboxLog/${messageId}`);

/**
 * Mirrors an entry's recipients, subject, kind and delivery into `outboxLog` for the "Envois"
 * page: never its body, which may hold a working one-time link until it is sent.
 */
export function writeOutboxLog(
  writer: Transaction | WriteBatch,
  tenantId: string,
  messageId: string,
  entry: DocumentData | undefined,
  delivery: Delivery,
): void {
  const to = Array.isArray(entry?.to) ? entry.to.filter((value) => typeof value === 'string') : [];
  (writer as WriteBatch).set(
    outboxLogRef(tenantId, messageId),
    {
      to,
      subject: typeof entry?.subject === 'string' ? entry.subject : '',
      kind: typeof entry?.kind === 'string' ? entry.kind : '',
      state: delivery.state,
      attempts: delivery.attempts,
      error: delivery.error,
      createdAt: entry?.createdAt ?? FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    },
    { merge: true },
  );
}
