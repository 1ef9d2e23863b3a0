import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions/v2';
import {
  brandedEmailHtml,
  brandingSchema,
  claimDelivery,
  defaultBranding,
  failedDelivery,
  outboxMessageSchema,
  textToHtml,
  type Delivery,
} from '@portail/shared';
import { db } from '../admin.js';
import { createTransport, senderAddress } from './transport.js';

/**
 * The one place e-mail leaves the product. Producers write `tenants/{t}/outbox/{id}`; this
 * claims the entry in a transaction (so a retried trigger never sends twice), sends it with the
 * tenant's branding and records the outcome on the entry.
 */
export const sendOutboxEmail = onDocumentWritten(
  'tenants/{tenantId}/outbox/{messageId}',
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const ref = after.ref;
    const { tenantId, messageId } = event.params;

    const claimed = await db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const decision = claimDelivery(snapshot.get('delivery') as Delivery | undefined, Date.now());
      if (decision.action === 'skip') return null;
      tx.update(ref, { delivery: decision.delivery });
      return { delivery: decision.delivery, data: snapshot.data() };
    });
    if (!claimed) return;

    const parsed = outboxMessageSchema.safeParse(claimed.data);
    if (!parsed.success) {
      await ref.update({
        delivery: { ...failedDelivery(claimed.delivery, parsed.error.message), state: 'ERROR' },
      });
      return;
    }
    const message = parsed.data;
    const brandingSnapshot = await db.doc(`tenants/${tenantId}/public/branding`).get();
    const branding = brandingSchema.safeParse(brandingSnapshot.data()).data ?? defaultBranding;

    try {
      const info = await createTransport().sendMail({
        from: senderAddress(branding.name),
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: brandedEmailHtml(branding, message.html ?? textToHtml(message.text)),
        // A stable Message-ID lets a receiving server drop the copy if a lease ever expires mid-send.
        messageId: `<${messageId}.${tenantId}@portail.local>`,
      });
      const sent: Delivery = {
        ...claimed.delivery,
        state: 'SUCCESS',
        leaseExpiresAt: null,
        messageId: info.messageId,
      };
      await ref.update({ delivery: sent });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn('outbox send failed', { tenantId, messageId, reason });
      await ref.update({ delivery: failedDelivery(claimed.delivery, reason) });
    }
  },
);
