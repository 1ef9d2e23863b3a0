/**
 * Calendar arithmetic on the Europe/Paris wall clock, built on Intl only (no time-zone library):
 * the agencies are French, so "this month" and "one month later" are Paris months whatever time
 * zone the browser or the Cloud Function runs in. Instants are epoch milliseconds.
 */

export const parisTimeZone = 'Europe/Paris';

/** A Paris wall-clock reading; `month` is 1–12. */
export interface ParisWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ParisMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const DAY_MS = 86_400_000;

const parisFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: parisTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

// Intl's formatToParts is the slow step (microseconds a call, so a forecast of thousands of deals
// cannot ask it for every date). Paris changes offset at most once a month (twice a year since
// 1976), so Intl is asked once per month start and the changes are located by bisection; after
// that, an instant's offset is found among its year's two or three periods, and the period last
// used answers most calls of a forecast, whose dates are close together, without any Date.
interface OffsetPeriod {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
  offset: number;
}
const periodsByYear = new Map<number, OffsetPeriod[]>();
const YEAR_CACHE_LIMIT = 500;
let lastPeriod: OffsetPeriod = { from: 0, to: 0, offset: 0 };

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): number {
  const found = parts.find((p) => p.type === type);
  if (!found) throw new Error(`Intl did not return the ${type} of a Paris date`);
  return Number(found.value);
}

/** Intl's reading of the offset at a whole second (Intl formats no milliseconds). */
function intlOffsetAtSecond(second: number): number {
  const instant = second * 1000;
  const parts = parisFormatter.formatToParts(instant);
  const wallAsUtc = Date.UTC(
    part(parts, 'year'),
    part(parts, 'month') - 1,
    part(parts, 'day'),
    part(parts, 'hour'),
    part(parts, 'minute'),
    part(parts, 'second'),
  );
  return wallAsUtc - instant;
}

function periodsOfYear(year: number): OffsetPeriod[] {
  const monthStarts = Array.from({ length: 13 }, (_, month) => Date.UTC(year, month, 1) / 1000);
  const offsets = monthStarts.map(intlOffsetAtSecond);
  const periods: OffsetPeriod[] = [];
  let from = (monthStarts[0] as number) * 1000;
  for (let month = 0; month < 12; month++) {
    const before = offsets[month] as number;
    if (before === offsets[month + 1]) continue;
    // The first second of the month that reads the new offset.
    let low = monthStarts[month] as number;
    let high = monthStarts[month + 1] as number;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (intlOffsetAtSecond(middle) === before) low = middle;
      else high = middle;
    }
    periods.push({ from, to: high * 1000, offset: before });
    from = high * 1000;
  }
  periods.push({ from, to: (monthStarts[12] as number) * 1000, offset: offsets[12] as number });
  return periods;
}

/** Milliseconds to add to a UTC instant to read the Paris wall clock (3,600,000 or 7,200,000 today). */
export function parisOffsetMs(instant: number): number {
  if (instant >= lastPeriod.from && instant < lastPeriod.to) return lastPeriod.offset;
  const year = new Date(instant).getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError(`Not a date: ${instant}`);
  let periods = periodsByYear.get(year);
  if (!periods) {
    if (periodsByYear.size >= YEAR_CACHE_LIMIT) periodsByYear.clear();
    periods = periodsOfYear(year);
    periodsByYear.set(year, periods);
  }
  const period = periods.find((p) => instant < p.to) ?? (periods.at(-1) as OffsetPeriod);
  lastPeriod = period;
  return period.offset;
}

/**
 * A Date whose UTC fields read the Paris wall clock at `instant`. Spreadsheets and other
 * time-zone-less formats should be given this, so a cell shows the time the agency lived.
 */
export function parisWallClockAsUtc(instant: number): Date {
  return new Date(instant + parisOffsetMs(instant));
}

export function toParisWallClock(instant: number): ParisWallClock {
  const wall = parisWallClockAsUtc(instant);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
  };
}

/**
 * The instant at which Paris reads `wall`. Fields out of range roll over as with `Date.UTC`
 * (day 32 is the 1st of the next month). A time skipped by the spring change (02:30 on the last
 * Sunday of March) comes out one hour later, as clocks show it; a time repeated in autumn gives
 * the first of the two instants.
 */
export function fromParisWallClock(wall: ParisWallClock): number {
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  // Paris changes offset at most once within a day, so the offsets a day either side are the
  // only candidates; a candidate is right when Paris really reads `wall` at it.
  const offsetBefore = parisOffsetMs(wallAsUtc - DAY_MS);
  const offsetAfter = parisOffsetMs(wallAsUtc + DAY_MS);
  if (offsetBefore === offsetAfter) return wallAsUtc - offsetBefore;
  const earlier = wallAsUtc - Math.max(offsetBefore, offsetAfter);
  const later = wallAsUtc - Math.min(offsetBefore, offsetAfter);
  if (earlier + parisOffsetMs(earlier) === wallAsUtc) return earlier;
  if (later + parisOffsetMs(later) === wallAsUtc) return later;
  return wallAsUtc - offsetBefore;
}

export function parisMonthOf(instant: number): ParisMonth {
  const wall = parisWallClockAsUtc(instant);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `months` calendar months after `instant`, same Paris time of day. A day the target month lacks
 * becomes its last day (31 January + 1 month = 28 or 29 February), as people and banks count.
 */
export function addParisMonths(instant: number, months: number): number {
  const wall = toParisWallClock(instant);
  const monthIndex = wall.year * 12 + (wall.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(wall.day, daysInMonth(year, month));
  return fromParisWallClock({ ...wall, year, month, day });
}

/** `days` calendar days after `instant`, same Paris time of day (a DST day is 23 or 25 hours). */
export function addParisDays(instant: number, days: number): number {
  const wall = toParisWallClock(instant);
  return fromParisWallClock({ ...wall, day: wall.day + days });
}
