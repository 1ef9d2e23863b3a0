import { describe, expect, it } from 'vitest';
import {
  addParisDays,
  addParisMonths,
  fromParisWallClock,
  parisMonthOf,
  parisOffsetMs,
  parisWallClockAsUtc,
  toParisWallClock,
} from './parisCalendar.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('Paris wall clock', () => {
  it('is one hour ahead of UTC in winter and two in summer', () => {
    expect(parisOffsetMs(at('2025-01-15T12:00:00Z'))).toBe(HOUR);
    expect(parisOffsetMs(at('2025-07-15T12:00:00Z'))).toBe(2 * HOUR);
  });

  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(parisOffsetMs(at('2025-03-30T00:59:59.999Z'))).toBe(HOUR);
    expect(parisOffsetMs(at('2025-03-30T01:00:00Z'))).toBe(2 * HOUR);
    expect(parisOffsetMs(at('2025-10-26T00:59:59.999Z'))).toBe(2 * HOUR);
    expect(parisOffsetMs(at('2025-10-26T01:00:00Z'))).toBe(HOUR);
  });

  it('agrees with Intl at thousands of instants from 1980 to 2060', () => {
    const named = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      timeZoneName: 'longOffset',
    });
    const intlOffset = (instant: number) => {
      const name = named.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
      if (!match) throw new Error(`unexpected offset ${name}`);
      const sign = match[1] === '-' ? -1 : 1;
      return sign * (Number(match[2]) * HOUR + Number(match[3]) * 60_000);
    };
    let seed = 1;
    const from = at('1980-01-01T00:00:00Z');
    const span = at('2060-01-01T00:00:00Z') - from;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 16807) % 2147483647;
      const instant = from + Math.floor((seed / 2147483647) * span);
      expect(parisOffsetMs(instant)).toBe(intlOffset(instant));
    }
  });

  it('reads the local date, time and milliseconds', () => {
    expect(toParisWallClock(at('2025-03-31T23:30:15.250Z'))).toEqual({
      year: 2025,
      month: 4,
      day: 1,
      hour: 1,
      minute: 30,
      second: 15,
      millisecond: 250,
    });
    expect(parisWallClockAsUtc(at('2024-12-31T23:30:00Z')).toISOString()).toBe(
      '2025-01-01T00:30:00.000Z',
    );
  });

  it('puts late-evening UTC instants in the next Paris month and year', () => {
    expect(parisMonthOf(at('2025-03-31T21:59:59Z'))).toEqual({ year: 2025, month: 3 });
    expect(parisMonthOf(at('2025-03-31T22:00:00Z'))).toEqual({ year: 2025, month: 4 });
    expect(parisMonthOf(at('2024-12-31T23:00:00Z'))).toEqual({ year: 2025, month: 1 });
  });

  it('turns a wall-clock reading back into its instant', () => {
    const wall = { year: 2024, month: 2, day: 29, hour: 9, minute: 5, second: 0, millisecond: 7 };
    expect(fromParisWallClock(wall)).toBe(at('2024-02-29T09:05:00.007+01:00'));
    expect(fromParisWallClock({ ...wall, month: 8 })).toBe(at('2024-08-29T09:05:00.007+02:00'));
  });

  it('round-trips every hour of a year that has both clock changes', () => {
    for (let instant = at('2025-01-01T00:00:00Z'); instant < at('2026-01-01T00:00:00Z');) {
      const wall = toParisWallClock(instant);
      const back = fromParisWallClock(wall);
      // The repeated autumn hour has two instants; the first one is the answer.
      const repeated =
        instant >= at('2025-10-26T01:00:00Z') && instant < at('2025-10-26T02:00:00Z');
      expect(back).toBe(repeated ? instant - HOUR : instant);
      instant += HOUR;
    }
  });

  it('moves a time skipped in spring one hour later and takes the first of a repeated one', () => {
    const wall = { year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0, millisecond: 0 };
    expect(fromParisWallClock(wall)).toBe(at('2025-03-30T03:30:00+02:00'));
    expect(fromParisWallClock({ ...wall, month: 10, day: 26 })).toBe(
      at('2025-10-26T02:30:00+02:00'),
    );
  });
});

describe('Paris calendar arithmetic', () => {
  it('adds months keeping the day, or the last day the month has', () => {
    expect(addParisMonths(at('2025-01-15T10:00:00+01:00'), 1)).toBe(
      at('2025-02-15T10:00:00+01:00'),
    );
    expect(addParisMonths(at('2025-01-31T10:00:00+01:00'), 1)).toBe(
      at('2025-02-28T10:00:00+01:00'),
    );
    expect(addParisMonths(at('2024-01-31T10:00:00+01:00'), 1)).toBe(
      at('2024-02-29T10:00:00+01:00'),
    );
    expect(addParisMonths(at('2023-10-31T10:00:00+01:00'), 4)).toBe(
      at('2024-02-29T10:00:00+01:00'),
    );
    expect(addParisMonths(at('2024-10-31T10:00:00+01:00'), 4)).toBe(
      at('2025-02-28T10:00:00+01:00'),
    );
  });

  it('keeps the Paris time of day across a clock change', () => {
    // 10:00 in winter is 09:00 UTC; 10:00 in summer is 08:00 UTC.
    expect(addParisMonths(at('2025-03-15T10:00:00+01:00'), 1)).toBe(
      at('2025-04-15T10:00:00+02:00'),
    );
    expect(addParisDays(at('2025-03-29T12:00:00+01:00'), 2)).toBe(at('2025-03-31T12:00:00+02:00'));
    expect(addParisDays(at('2025-10-25T12:00:00+02:00'), 14)).toBe(at('2025-11-08T12:00:00+01:00'));
  });

  it('crosses into the next year', () => {
    expect(addParisDays(at('2025-12-30T18:00:00+01:00'), 14)).toBe(at('2026-01-13T18:00:00+01:00'));
    expect(addParisMonths(at('2025-09-30T18:00:00+02:00'), 4)).toBe(
      at('2026-01-30T18:00:00+01:00'),
    );
    expect(addParisMonths(at('2025-11-30T18:00:00+01:00'), 14)).toBe(
      at('2027-01-30T18:00:00+01:00'),
    );
  });

  it('counts calendar days in Paris, not in UTC', () => {
    // 23:30 on 31 March in Paris is still 31 March there, although it is 21:30 UTC.
    expect(addParisMonths(at('2025-03-31T23:30:00+02:00'), 1)).toBe(
      at('2025-04-30T23:30:00+02:00'),
    );
    // 00:30 on 1 April in Paris is 31 March in UTC; a month later is 1 May, not 30 April.
    expect(addParisMonths(at('2025-03-31T22:30:00Z'), 1)).toBe(at('2025-05-01T00:30:00+02:00'));
  });
});
