import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import {
  createMandateInput,
  mandateCounterPath,
  mandateRetainUntil,
  mandatesPath,
  type CreateMandateResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';

/**
 * L2 « Nouveau mandat » and « Corriger »: the only way into the register (the rules refuse every
 * write). The number is the counter's next value, taken in the same transaction as the entry, so
 * two hunters saving at once get two numbers and the register has no gap. A correction is a new
 * entry of the same client naming the one it corrects; the corrected entry stays as it was.
 */
export const createMandate = onCall(async (request): Promise<CreateMandateResult> => {
  const caller = await requireStaff(request);
  const input = parseInput(createMandateInput, request.data);
  const client = await loadClientForStaff(caller, input.clientId);
  if (client.status === 'deleting') {
    throw new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
  }
  const register = db.collection(mandatesPath(caller.tenantId));
  let correctionOfNumber: number | null = null;
  if (input.correctionOf) {
    const corrected = await register.doc(input.correctionOf).get();
    if (!corrected.exists || corrected.get('clientId') !== input.clientId) {
      throw new HttpsError('not-found', 'Le mandat à corriger est introuvable pour ce client.', {
        code: 'mandate/correction-not-found',
      });
    }
    correctionOfNumber = Number(corrected.get('number'));
  }
  const counter = db.doc(mandateCounterPath(caller.tenantId));
  const entry = register.doc();
  const createdAt = Timestamp.now();
  const number = await db.runTransaction(async (tx) => {
    const last = Number((await tx.get(counter)).get('lastNumber') ?? 0);
    const next = last + 1;
    tx.set(counter, { lastNumber: next, updatedAt: FieldValue.serverTimestamp() });
    tx.create(entry, {
      number: next,
      tenantId: caller.tenantId,
      clientId: input.clientId,
      clientName: `${client.firstName} ${client.lastName}`.trim(),
      date: input.date,
      signedRemotely: input.signedRemotely,
      termMonths: input.termMonths,
      fee: input.fee,
      note: input.note,
      correctionOf: input.correctionOf ?? null,
      correctionOfNumber,
      createdBy: caller.uid,
      createdAt,
      retainUntil: Timestamp.fromMillis(mandateRetainUntil(createdAt.toMillis())),
    });
    writeAudit(
      caller.tenantId,
      {
        action: input.correctionOf ? 'mandate.corrected' : 'mandate.created',
        actorUid: caller.uid,
        targetId: entry.id,
        details: { number: next, clientId: input.clientId },
      },
      tx,
    );
    return next;
  });
  return { mandateId: entry.id, number };
});
