import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logger } from 'firebase-functions/v2';
import { FieldValue, type DocumentReference } from 'firebase-admin/firestore';
import {
  brandedEmailHtml,
  claimDelivery,
  failedDelivery,
  outboxMessageSchema,
  readBranding,
  textToHtml,
  type Delivery,
} from '@portail/shared';
import { db } from '../admin.js';
import { redactSecretLinks } from '../common/redactSecrets.js';
import { loadAgency } from '../notifications/agency.js';
import { writeOutboxLog } from './outboxLog.js';
import { createTransport, loadSmtpSettings, senderAddress } from './transport.js';

/**
 * The stored copy of an e-mail once it is delivered or given up: its one-time links cut
 * (`token=[retiré]`), so that reading the database gives no working link. Subject, recipients,
 * kind and delivery stay. Until then a retry needs the working link, so it is kept.
 */
function disarmed(data: { text?: unknown; html?: unknown } | undefined) {
  const copy: Record<string, string> = {};
  if (typeof data?.text === 'string') copy.text = redactSecretLinks(data.text);
  if (typeof data?.html === 'string') copy.html = redactSecretLinks(data.html);
  return copy;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After the backoff, wakes a RETRY entry (an update re-triggers the sender) unless something
 * else took it meanwhile ("Renvoyer", another run).
 */
async function wakeAfterBackoff(ref: DocumentReference, failed: Delivery): Promise<void> {
  await sleep(Math.max(0, (failed.retryAt ?? 0) - Date.now()));
  await db.runTransaction(async (tx) => {
    const current = (await tx.get(ref)).get('delivery') as Delivery | undefined;
    if (current?.state !== 'RETRY' || current.attempts !== failed.attempts) return;
    tx.update(ref, { wokenAt: FieldValue.serverTimestamp() });
  });
}

/**
 * The one place e-mail leaves the product. Producers write `tenants/{t}/outbox/{id}`; this
 * claims the entry in a transaction (so a retried trigger never sends twice), sends it through
 * the tenant's SMTP server (or the platform's) with its branding and company details, and
 * records the outcome on the entry and on its body-less copy for the "Envois" page (`outboxLog`).
 * A failed attempt is retried after a growing delay, up to MAX_SEND_ATTEMPTS; a delivered or
 * abandoned entry keeps no working link.
 */
export const sendOutboxEmail = onDocumentWritten(
  { document: 'tenants/{tenantId}/outbox/{messageId}', timeoutSeconds: 60 },
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
      writeOutboxLog(tx, tenantId, messageId, snapshot.data(), decision.delivery);
      return { delivery: decision.delivery, data: snapshot.data() };
    });
    if (!claimed) return;

    const record = async (delivery: Delivery, extra: Record<string, string> = {}) => {
      const batch = db.batch();
      batch.update(ref, { delivery, ...extra });
      writeOutboxLog(batch, tenantId, messageId, claimed.data, delivery);
      await batch.commit();
    };

    const parsed = outboxMessageSchema.safeParse(claimed.data);
    if (!parsed.success) {
      const invalid = failedDelivery(claimed.delivery, parsed.error.message);
      await record({ ...invalid, state: 'ERROR', retryAt: null }, disarmed(claimed.data));
      return;
    }
    const message = parsed.data;
    const [agency, smtp] = await Promise.all([loadAgency(tenantId), loadSmtpSettings(tenantId)]);
    // The branding alone when the tenant document is not there (yet): never an unbranded e-mail.
    const branding =
      agency?.branding ??
      readBranding((await db.doc(`tenants/${tenantId}/public/branding`).get()).data());

    try {
      const info = await createTransport(smtp).sendMail({
        from: senderAddress(branding.name, smtp),
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: brandedEmailHtml(branding, message.html ?? textToHtml(message.text), agency?.company),
        // A stable Message-ID lets a receiving server drop the copy if a lease ever expires mid-send.
        messageId: `<${messageId}.${tenantId}@portail.local>`,
      });
      const sent: Delivery = {
        ...claimed.delivery,
        state: 'SUCCESS',
        leaseExpiresAt: null,
        retryAt: null,
        messageId: info.messageId,
      };
      await record(sent, disarmed(message));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn('outbox send failed', { tenantId, messageId, reason });
      const failed = failedDelivery(claimed.delivery, reason);
      await record(failed, failed.state === 'ERROR' ? disarmed(message) : {});
      if (failed.state === 'RETRY') await wakeAfterBackoff(ref, failed);
    }
  },
);
