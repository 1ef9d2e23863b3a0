import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { resendEmailInput, resetDelivery, type Delivery } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { REDACTED } from '../common/redactSecrets.js';
import { parseInput } from '../common/validation.js';
import { writeOutboxLog } from '../outbox/outboxLog.js';

/**
 * "Renvoyer" on the Envois page: a failed entry gets a fresh delivery, which re-triggers the
 * sender. A sent entry is never reset (no second copy), and one whose one-time link was cut when
 * it was given up is refused: its link would not work, a new invitation or reset is needed.
 */
export const resendEmail = onCall(async (request) => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const { messageId } = parseInput(resendEmailInput, request.data);
  const ref = db.doc(`tenants/${caller.tenantId}/outbox/${messageId}`);
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) throw new HttpsError('not-found', 'Envoi introuvable.');
    const reset = resetDelivery(snapshot.get('delivery') as Delivery | undefined);
    if (!reset) {
      throw new HttpsError('failed-precondition', 'Seul un envoi en échec peut être renvoyé.', {
        code: 'outbox.notFailed',
      });
    }
    const text = snapshot.get('text');
    if (typeof text === 'string' && text.includes(REDACTED)) {
      throw new HttpsError(
        'failed-precondition',
        'Le lien de cet e-mail n’est plus valable : envoyez-en un nouveau depuis la fiche.',
        { code: 'outbox.linkDisarmed' },
      );
    }
    tx.update(ref, { delivery: reset });
    writeOutboxLog(tx, caller.tenantId, messageId, snapshot.data(), reset);
    writeAudit(
      caller.tenantId,
      { action: 'outbox.resent', actorUid: caller.uid, targetId: messageId },
      tx,
    );
  });
  return { messageId };
});
