import { describe, expect, it } from 'vitest';
import { claimDelivery, failedDelivery, MAX_SEND_ATTEMPTS, SEND_LEASE_MS } from './outbox.js';

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

  it('retries until attempts run out, then gives up', () => {
    let decision = claimDelivery(undefined, now);
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++) {
      if (decision.action !== 'send') throw new Error('expected a send');
      const failed = failedDelivery(decision.delivery, 'smtp down');
      expect(failed.state).toBe('RETRY');
      decision = claimDelivery(failed, now);
    }
    if (decision.action !== 'send') throw new Error('expected a last send');
    const last = failedDelivery(decision.delivery, 'smtp down');
    expect(last).toMatchObject({ state: 'ERROR', attempts: MAX_SEND_ATTEMPTS, error: 'smtp down' });
    expect(claimDelivery(last, now).action).toBe('skip');
  });
});
