import type { OutboxState } from '../outbox/outbox.js';

/**
 * `tenants/{t}/outboxLog/{id}`: what the "Envois" page shows of an outbox entry, written by the
 * sender at each state change. The entry itself (its body may hold a working one-time link until
 * it is sent) stays readable by functions only; admins read this copy, which has no body.
 */
export interface OutboxLogEntry {
  to: string[];
  subject: string;
  kind: string;
  state: OutboxState;
  attempts: number;
  error: string | null;
  /** Epoch milliseconds (Firestore holds Timestamps). */
  createdAt: number;
  updatedAt: number;
}

/** Only a failed entry may be sent again by hand; a sent one never is (N3). */
export const resendableStates: readonly OutboxState[] = ['ERROR', 'RETRY'];
