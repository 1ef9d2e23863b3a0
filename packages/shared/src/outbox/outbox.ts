import { z } from 'zod';

export const outboxStates = ['PENDING', 'PROCESSING', 'RETRY', 'SUCCESS', 'ERROR'] as const;
export type OutboxState = (typeof outboxStates)[number];

export const MAX_SEND_ATTEMPTS = 3;
export const SEND_LEASE_MS = 60_000;

/** What a producer writes: the sender fills in `delivery`. */
export const outboxMessageSchema = z.object({
  to: z.array(z.string().email()).min(1),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().optional(),
  /** Why the e-mail exists (invitation, visit-request…), for the audit trail and templates. */
  kind: z.string().min(1),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export interface Delivery {
  state: OutboxState;
  attempts: number;
  /** Epoch milliseconds after which another run may take over a PROCESSING entry. */
  leaseExpiresAt: number | null;
  error: string | null;
  messageId: string | null;
  /** Epoch milliseconds before which a RETRY entry is not attempted again (the backoff). */
  retryAt?: number | null;
}

/** The wait before attempt `attempts + 1`: 2 s, then 8 s (kept under the lease, see the sender). */
export function retryDelayMs(attempts: number): number {
  return 2_000 * 4 ** Math.max(0, attempts - 1);
}

/**
 * "Renvoyer" on a failed entry: a fresh delivery with its attempts back to zero. The sent one
 * (SUCCESS) is never reset, so a resend cannot make a second copy of a delivered e-mail.
 */
export function resetDelivery(current: Delivery | undefined): Delivery | null {
  if (current?.state !== 'ERROR' && current?.state !== 'RETRY') return null;
  return {
    state: 'PENDING',
    attempts: 0,
    leaseExpiresAt: null,
    error: current.error,
    messageId: null,
    retryAt: null,
  };
}

export type DeliveryDecision =
  { action: 'skip'; reason: string } | { action: 'send'; delivery: Delivery };

/**
 * Triggers are delivered at least once and out of order, so the sender asks this, inside a
 * transaction, before sending: only one run may hold the lease, and a sent entry is never sent again.
 */
export function claimDelivery(current: Delivery | undefined, now: number): DeliveryDecision {
  const delivery: Delivery = current ?? {
    state: 'PENDING',
    attempts: 0,
    leaseExpiresAt: null,
    error: null,
    messageId: null,
  };
  if (delivery.state === 'SUCCESS') return { action: 'skip', reason: 'already sent' };
  if (delivery.state === 'ERROR') return { action: 'skip', reason: 'gave up' };
  if (delivery.state === 'PROCESSING' && (delivery.leaseExpiresAt ?? 0) > now) {
    return { action: 'skip', reason: 'another run holds the lease' };
  }
  if (delivery.attempts >= MAX_SEND_ATTEMPTS) {
    return { action: 'skip', reason: 'no attempts left' };
  }
  if (delivery.state === 'RETRY' && (delivery.retryAt ?? 0) > now) {
    return { action: 'skip', reason: 'waiting for the backoff' };
  }
  return {
    action: 'send',
    delivery: {
      ...delivery,
      state: 'PROCESSING',
      attempts: delivery.attempts + 1,
      leaseExpiresAt: now + SEND_LEASE_MS,
      error: null,
    },
  };
}

/**
 * After a failed attempt: RETRY after a growing delay until attempts run out, then ERROR. The
 * sender wakes the entry once `retryAt` has passed (claimDelivery refuses it before).
 */
export function failedDelivery(delivery: Delivery, error: string, now = Date.now()): Delivery {
  const giveUp = delivery.attempts >= MAX_SEND_ATTEMPTS;
  return {
    ...delivery,
    state: giveUp ? 'ERROR' : 'RETRY',
    leaseExpiresAt: null,
    error,
    retryAt: giveUp ? null : now + retryDelayMs(delivery.attempts),
  };
}
