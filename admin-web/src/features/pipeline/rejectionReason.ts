/**
 * The reason staff give when they reject a card, as firestore.rules checks it on
 * `rejectedReason` (1 to 1000 characters). The answer is an i18n key of `pipeline.move`.
 */
export const REJECTION_REASON_MAX = 1000;

export type RejectionReasonCheck =
  { ok: true; reason: string } | { ok: false; issue: 'reasonRequired' | 'reasonTooLong' };

export function checkRejectionReason(text: string): RejectionReasonCheck {
  const reason = text.trim();
  if (reason.length === 0) return { ok: false, issue: 'reasonRequired' };
  if (reason.length > REJECTION_REASON_MAX) return { ok: false, issue: 'reasonTooLong' };
  return { ok: true, reason };
}
