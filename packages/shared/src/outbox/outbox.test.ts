import { describe, expect, it } from 'vitest';
import {
  claimDelivery,
  failedDelivery,
  MAX_SEND_ATTEMPTS,
  resetDelivery,
  retryDelayMs,
  SEND_LEASE_MS,
  type Delivery,
} from './outbox.js';

const now = 1_000_000;

describe('claimDelivery', () => {
  it('claims a new entry with a lease', () => {
    const decision = claimDelivery(undefined, now);
    expect(decision).toEqual({
      action: 'send',
      delivery: {
        state: 'PROCESSING',
        attempts: 1,
        leaseExpiresAt: now + SEND_LEASE_MS,
        error: null,
        messageId: null,
      },
    });
  });

  it('never sends an entry twice', () => {
    const sent = {
      state: 'SUCCESS',
      attempts: 1,
      leaseExpiresAt: null,
      error: null,
      messageId: 'x',
    } as const;
    expect(claimDelivery(sent, now).action).toBe('skip');
  });

  it('leaves an entry alone while another run holds the lease, and takes it over after', () => {
    const held = {
      state: 'PROCESSING',
      attempts: 1,
      leaseExpiresAt: now + 10,
      error: null,
      messageId: null,
    } as const;
    expect(claimDelivery(held, now).action).toBe('skip');
    expect(claimDelivery(held, now + 11).action).toBe('send');
  });

  it('retries after a growing backoff until attempts run out, then gives up', () => {
    let decision = claimDelivery(undefined, now);
    let clock = now;
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++) {
      if (decision.action !== 'send') throw new Error('expected a send');
      const failed = failedDelivery(decision.delivery, 'smtp down', clock);
      expect(failed.state).toBe('RETRY');
      expect(failed.retryAt).toBe(clock + retryDelayMs(attempt));
      // Woken too early (a duplicate trigger), the entry waits.
      expect(claimDelivery(failed, clock + retryDelayMs(attempt) - 1)).toEqual({
        action: 'skip',
        reason: 'waiting for the backoff',
      });
      clock += retryDelayMs(attempt);
      decision = claimDelivery(failed, clock);
    }
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
    expect(retryDelayMs(MAX_SEND_ATTEMPTS - 1)).toBeLessThan(SEND_LEASE_MS);
    if (decision.action !== 'send') throw new Error('expected a last send');
    const last = failedDelivery(decision.delivery, 'smtp down', clock);
    expect(last).toMatchObject({ state: 'ERROR', attempts: MAX_SEND_ATTEMPTS, error: 'smtp down' });
    expect(claimDelivery(last, now).action).toBe('skip');
  });
});

describe('resetDelivery', () => {
  const base: Delivery = {
    state: 'ERROR',
    attempts: MAX_SEND_ATTEMPTS,
    leaseExpiresAt: null,
    error: 'connect ECONNREFUSED',
    messageId: null,
  };

  it('gives a failed entry a fresh set of attempts, which the sender may claim at once', () => {
    const reset = resetDelivery(base);
    expect(reset).toMatchObject({ state: 'PENDING', attempts: 0, error: 'connect ECONNREFUSED' });
    expect(claimDelivery(reset!, now).action).toBe('send');
  });

  it('never resets a sent, pending or in-flight entry', () => {
    expect(resetDelivery({ ...base, state: 'SUCCESS', messageId: 'x' })).toBeNull();
    expect(resetDelivery({ ...base, state: 'PROCESSING', attempts: 1 })).toBeNull();
    expect(resetDelivery(undefined)).toBeNull();
  });
});
