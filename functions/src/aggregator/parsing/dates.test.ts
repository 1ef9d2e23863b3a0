import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it('keeps ISO dates with a zone, in UTC', () => {
    expect(toIsoDate('2026-10-02T08:12:44.310Z')).toBe('2026-10-02T08:12:44.310Z');
    expect(toIsoDate('2026-10-20T09:14:02+02:00')).toBe('2026-10-20T07:14:02.000Z');
  });

  it('reads LeBonCoin wall-clock times as Paris time, summer and winter', () => {
    expect(toIsoDate('2026-07-14 12:00:00')).toBe('2026-07-14T10:00:00.000Z');
    expect(toIsoDate('2026-10-29 23:25:53')).toBe('2026-10-29T22:25:53.000Z');
    // The night the clocks go back (25 October 2026): 02:30 happens twice; either is a real time.
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(
      toIsoDate('2026-10-25 02:30:00'),
    );
  });

  it('drops placeholders and garbage', () => {
    expect(toIsoDate('1970-01-01T00:00:00.000Z')).toBeUndefined();
    expect(toIsoDate('hier')).toBeUndefined();
    expect(toIsoDate('2026-13-45 99:00:00')).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});
