import { describe, expect, it } from 'vitest';
import {
  configuredLimit,
  defaultRateLimits,
  limitsOf,
  rateLimitDocId,
  rateLimitedActions,
  tooManyMessage,
  windowOf,
} from './rateLimitPolicy.js';

describe('the limits table', () => {
  it('has the limits of the issue, each with its own variable', () => {
    const row = (action: string, dimension: string) =>
      defaultRateLimits.find((l) => l.action === action && l.dimension === dimension);
    expect(row('signUp', 'ip')).toMatchObject({ max: 5, windowMinutes: 60 });
    expect(row('staffRequest', 'ip')).toMatchObject({ max: 5, windowMinutes: 60 });
    expect(row('staffRequest', 'email')).toMatchObject({ max: 3, windowMinutes: 60 });
    for (const action of ['passwordReset', 'signInLink']) {
      expect(row(action, 'ip')).toMatchObject({ max: 10, windowMinutes: 10 });
      expect(row(action, 'email')).toMatchObject({ max: 3, windowMinutes: 10 });
    }
    expect(row('linkCompletion', 'ip')).toMatchObject({ max: 20, windowMinutes: 10 });
    expect(new Set(defaultRateLimits.map((l) => l.env)).size).toBe(defaultRateLimits.length);
    for (const action of rateLimitedActions) expect(limitsOf(action, {}).length).toBeGreaterThan(0);
  });

  it('reads `max` or `max/minutes` from the environment, and ignores anything else', () => {
    const base = defaultRateLimits[0]!;
    expect(configuredLimit(base, { [base.env]: '50' })).toMatchObject({
      max: 50,
      windowMinutes: 60,
    });
    expect(configuredLimit(base, { [base.env]: ' 7 / 15 ' })).toMatchObject({
      max: 7,
      windowMinutes: 15,
    });
    for (const bad of ['', '0', '-1', 'ten', '5/0', '5/', '1.5', '99999999']) {
      expect(configuredLimit(base, { [base.env]: bad })).toEqual(base);
    }
  });
});

describe('windows and counters', () => {
  it('starts fixed windows at multiples of their length', () => {
    const now = Date.UTC(2026, 11, 1, 13, 47, 12);
    expect(windowOf(60, now)).toEqual({
      start: Date.UTC(2026, 11, 1, 13, 0),
      end: Date.UTC(2026, 11, 1, 14, 0),
    });
    expect(windowOf(10, now).start).toBe(Date.UTC(2026, 11, 1, 13, 40));
  });

  it('names a counter by a hash of action, dimension, key and window only', () => {
    const id = rateLimitDocId('passwordReset', 'email', 'a@example.test', 0);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).not.toContain('example');
    expect(rateLimitDocId('passwordReset', 'email', 'a@example.test', 0)).toBe(id);
    expect(rateLimitDocId('passwordReset', 'email', 'b@example.test', 0)).not.toBe(id);
    expect(rateLimitDocId('passwordReset', 'ip', 'a@example.test', 0)).not.toBe(id);
    expect(rateLimitDocId('signInLink', 'email', 'a@example.test', 0)).not.toBe(id);
    expect(rateLimitDocId('passwordReset', 'email', 'a@example.test', 600_000)).not.toBe(id);
  });

  it('says how long to wait, in whole minutes', () => {
    expect(tooManyMessage(1)).toBe('Trop de demandes : réessayez dans 1 minute.');
    expect(tooManyMessage(60_000)).toBe('Trop de demandes : réessayez dans 1 minute.');
    expect(tooManyMessage(60_001)).toBe('Trop de demandes : réessayez dans 2 minutes.');
    expect(tooManyMessage(59 * 60_000)).toBe('Trop de demandes : réessayez dans 59 minutes.');
  });
});
