import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FieldValue, Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import {
  dealFeeSchema,
  dealId,
  dealMatters,
  dealRecordOf,
  type DealFee,
  type DealRecord,
  type PipelineStage,
} from '@portail/shared';
import { db } from '../admin.js';

const assignmentPath = (t: string, c: string, p: string) =>
  `tenants/${t}/clients/${c}/assignments/${p}`;
export const dealFeePath = (t: string, c: string, p: string) =>
  `tenants/${t}/clients/${c}/dealFees/${p}`;
export const dealPath = (t: string, c: string, p: string) => `tenants/${t}/deals/${dealId(c, p)}`;

function millis(value: unknown): number | undefined {
  return value instanceof Timestamp ? value.toMillis() : undefined;
}

function stageDatesOf(assignment: DocumentSnapshot): Partial<Record<PipelineStage, number>> {
  const raw = (assignment.get('stageDates') ?? {}) as Record<string, unknown>;
  const dates: Partial<Record<PipelineStage, number>> = {};
  for (const [stage, value] of Object.entries(raw)) {
    const at = millis(value);
    if (at !== undefined) dates[stage as PipelineStage] = at;
  }
  return dates;
}

// The rules validate the fee as it is written; a document that does not parse counts as none.
function feeOf(snapshot: DocumentSnapshot): DealFee | null {
  if (!snapshot.exists) return null;
  const parsed = dealFeeSchema.safeParse(snapshot.data());
  return parsed.success ? parsed.data : null;
}

/** The stored form: dates as Timestamps, so exports and queries see real dates. */
function stored(record: DealRecord): Record<string, unknown> {
  const dates = Object.fromEntries(
    Object.entries(record.dates).map(([key, at]) => [key, Timestamp.fromMillis(at)]),
  );
  return { ...record, dates };
}

function sameContent(existing: DocumentSnapshot, next: Record<string, unknown>): boolean {
  if (!existing.exists) return false;
  const { updatedAt: _ignored, ...current } = existing.data() ?? {};
  return JSON.stringify(normalise(current)) === JSON.stringify(normalise(next));
}

function normalise(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toMillis();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalise((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Rebuilds `deals/{clientId}_{propertyId}` from what it summarises, read afresh inside a
 * transaction: triggers come at least once and out of order, and reading the sources rather than
 * the event's copy makes every delivery converge on the latest state. Writes nothing when nothing
 * changed (recordMove's own stageDates update brings a second event per move).
 */
export async function syncDeal(tenantId: string, clientId: string, propertyId: string) {
  const assignmentRef = db.doc(assignmentPath(tenantId, clientId, propertyId));
  const feeRef = db.doc(dealFeePath(tenantId, clientId, propertyId));
  const dealRef = db.doc(dealPath(tenantId, clientId, propertyId));
  await db.runTransaction(async (tx) => {
    const [assignment, feeDoc, deal] = await tx.getAll(assignmentRef, feeRef, dealRef);
    if (!assignment!.exists) {
      // The card was removed: its fee and its place in the forecast go with it.
      if (deal!.exists) tx.delete(dealRef);
      if (feeDoc!.exists) tx.delete(feeRef);
      return;
    }
    const fee = feeOf(feeDoc!);
    const stage = assignment!.get('stage') as PipelineStage;
    const record = dealRecordOf({
      tenantId,
      clientId,
      propertyId,
      clientName: String(assignment!.get('clientName') ?? ''),
      propertyTitle: String(assignment!.get('property.title') ?? ''),
      sharedWith: (assignment!.get('sharedWith') as string[] | undefined) ?? [],
      stage,
      stageDates: stageDatesOf(assignment!),
      fee,
    });
    if (!dealMatters(stage, record.dates, fee !== null)) {
      if (deal!.exists) tx.delete(dealRef);
      return;
    }
    const next = stored(record);
    if (sameContent(deal!, next)) return;
    tx.set(dealRef, { ...next, updatedAt: FieldValue.serverTimestamp() });
  });
}

/** A stage change, a date recorded by recordMove, a renamed client or a new sharing list. */
export const syncDealOnAssignment = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/assignments/{propertyId}',
  (event) => syncDeal(event.params.tenantId, event.params.clientId, event.params.propertyId),
);

/** The hunter typed, changed or cleared a fee. */
export const syncDealOnFee = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/dealFees/{propertyId}',
  (event) => syncDeal(event.params.tenantId, event.params.clientId, event.params.propertyId),
);
