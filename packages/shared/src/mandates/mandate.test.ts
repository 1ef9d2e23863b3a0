import { describe, expect, it } from 'vitest';
import {
  addMonthsUtc,
  createMandateInput,
  mandateEndsOn,
  mandateRetainUntil,
  withdrawalEndsOn,
} from './mandate.js';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('withdrawalEndsOn', () => {
  it('ends 14 days after a remote signature', () => {
    expect(withdrawalEndsOn({ date: '2026-12-01', signedRemotely: true })).toBe('2026-12-15');
  });
  it('runs over a weekend to the Monday', () => {
    // 2026-12-05 + 14 = Saturday 19 December.
    expect(withdrawalEndsOn({ date: '2026-12-05', signedRemotely: true })).toBe('2026-12-21');
    // 2026-12-06 + 14 = Sunday 20 December.
    expect(withdrawalEndsOn({ date: '2026-12-06', signedRemotely: true })).toBe('2026-12-21');
  });
  it('crosses a year and a leap day', () => {
    expect(withdrawalEndsOn({ date: '2026-12-24', signedRemotely: true })).toBe('2027-01-07');
    expect(withdrawalEndsOn({ date: '2028-02-20', signedRemotely: true })).toBe('2028-03-06');
  });
  it('has none for a mandate signed in person', () => {
    expect(withdrawalEndsOn({ date: '2026-12-01', signedRemotely: false })).toBeNull();
  });
});

describe('retention and term', () => {
  it('keeps an entry 10 years, a leap day landing on 28 February', () => {
    expect(day(mandateRetainUntil(utc('2026-12-01')))).toBe('2036-12-01');
    expect(day(mandateRetainUntil(utc('2028-02-29')))).toBe('2038-02-28');
  });
  it('clamps months to their last day', () => {
    expect(day(addMonthsUtc(utc('2027-01-31'), 1))).toBe('2027-02-28');
    expect(mandateEndsOn({ date: '2026-08-31', termMonths: 6 })).toBe('2027-02-28');
  });
});

describe('createMandateInput', () => {
  const valid = {
    clientId: 'c1',
    date: '2026-12-01',
    signedRemotely: true,
    termMonths: 3,
    fee: 5000,
  };
  it('accepts a mandate and defaults its note', () => {
    expect(createMandateInput.parse(valid).note).toBe('');
  });
  it('refuses an impossible date, a zero term and a negative fee, in French', () => {
    expect(
      createMandateInput.safeParse({ ...valid, date: '2026-02-30' }).error?.issues[0]?.message,
    ).toBe('Date invalide.');
    expect(createMandateInput.safeParse({ ...valid, termMonths: 0 }).success).toBe(false);
    expect(createMandateInput.safeParse({ ...valid, fee: -1 }).error?.issues[0]?.message).toBe(
      'Les honoraires ne peuvent pas être négatifs.',
    );
  });
});
