import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FieldPath, FieldValue, Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
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

export const clientNotesPath = (t: string, c: string) => `tenants/${t}/clients/${c}/private/notes`;

/**
 * The client's own fee (`private/notes.feeAmount`, « Honoraires de chasse (€) » on the client
 * file) stands for every deal of that client without a fee of its own. The client file asks for
 * one amount with no VAT split, so it counts as it is, excl. and incl. VAT, paid by the client.
 */
function clientFeeOf(notes: DocumentSnapshot): DealFee | null {
  const amount: unknown = notes.get('feeAmount');
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return null;
  return { amountExclVat: amount, amountInclVat: amount, payer: 'client' };
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
  const notesRef = db.doc(clientNotesPath(tenantId, clientId));
  await db.runTransaction(async (tx) => {
    const [assignment, feeDoc, deal, notes] = await tx.getAll(
      assignmentRef,
      feeRef,
      dealRef,
      notesRef,
    );
    if (!assignment!.exists) {
      // The card was removed: its fee and its place in the forecast go with it.
      if (deal!.exists) tx.delete(dealRef);
      if (feeDoc!.exists) tx.delete(feeRef);
      return;
    }
    const ownFee = feeOf(feeDoc!);
    const fee = ownFee ?? clientFeeOf(notes!);
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
    // The client's fee alone keeps no deal for a card that is not yet in the forecast.
    if (!dealMatters(stage, record.dates, ownFee !== null)) {
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

/** Deals re-read per page when a client's own fee changes: bounded however many cards it has. */
const CLIENT_DEALS_PAGE = 100;

/**
 * The hunter set, changed or cleared the client's fee: every card of that client is synced again
 * (those with their own fee do not change). Other edits of the notes (the note text) do nothing.
 */
export const syncDealsOnClientFee = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/private/notes',
  async (event) => {
    const before: unknown = event.data?.before.get('feeAmount');
    const after: unknown = event.data?.after.get('feeAmount');
    if (before === after) return;
    const { tenantId, clientId } = event.params;
    const cards = db.collection(`tenants/${tenantId}/clients/${clientId}/assignments`);
    let last: string | null = null;
    for (;;) {
      let page = cards.orderBy(FieldPath.documentId()).select().limit(CLIENT_DEALS_PAGE);
      if (last) page = page.startAfter(last);
      const snapshot = await page.get();
      for (const card of snapshot.docs) await syncDeal(tenantId, clientId, card.id);
      if (snapshot.size < CLIENT_DEALS_PAGE) return;
      last = snapshot.docs[snapshot.size - 1]!.id;
    }
  },
);
