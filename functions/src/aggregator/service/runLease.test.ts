import { describe, expect, it } from 'vitest';
import { MAX_RUN_ATTEMPTS, claimDecision } from './runLease.js';

const now = 1_000_000;

describe('claiming a queue document', () => {
  it('runs a queued document, even one its trigger never claimed', () => {
    expect(claimDecision({ state: 'queued', leaseUntil: now + 1, attempts: 0 }, now)).toBe('run');
    expect(claimDecision({}, now)).toBe('run');
  });

  it('leaves a running document to its run while the lease holds, takes it after', () => {
    expect(claimDecision({ state: 'running', leaseUntil: now + 1, attempts: 1 }, now)).toBe('held');
    expect(claimDecision({ state: 'running', leaseUntil: now, attempts: 1 }, now)).toBe('run');
  });

  it('never runs a finished document again (a duplicate event)', () => {
    expect(claimDecision({ state: 'done', attempts: 1 }, now)).toBe('finished');
    expect(claimDecision({ state: 'failed', attempts: 3 }, now)).toBe('finished');
  });

  it('abandons a document after the last attempt died', () => {
    const lease = { state: 'running' as const, leaseUntil: now - 1 };
    expect(claimDecision({ ...lease, attempts: MAX_RUN_ATTEMPTS - 1 }, now)).toBe('run');
    expect(claimDecision({ ...lease, attempts: MAX_RUN_ATTEMPTS }, now)).toBe('abandon');
  });
});
