import { FieldValue } from 'firebase-admin/firestore';
import type { Transaction } from 'firebase-admin/firestore';
import {
  outboxMessageSchema,
  renderEmail,
  type EmailTemplateKind,
  type OutboxMessage,
  type TemplateData,
} from '@portail/shared';
import { db } from '../admin.js';
import { hashToken } from './tokens.js';

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

/**
 * Queues the branded e-mail that carries a one-time link. Its id comes from the link's token
 * (`<prefix>-<hash>`), so a retried write of the same link cannot queue a second e-mail.
 */
export async function enqueueLinkEmail(
  tenantId: string,
  to: string,
  kind: EmailTemplateKind,
  data: TemplateData,
  link: { token: string; idPrefix: string },
): Promise<string> {
  const message = renderEmail(kind, data);
  return enqueueEmail(
    tenantId,
    { to: [to], subject: message.subject, text: message.text, html: message.html, kind },
    `${link.idPrefix}-${hashToken(link.token).slice(0, 32)}`,
  );
}
