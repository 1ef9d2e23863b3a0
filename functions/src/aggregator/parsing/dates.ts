const parisParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function parisOffsetMs(utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of parisParts.formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asIfUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return asIfUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock time in Paris ("2025-10-29 23:25:53", as LeBonCoin writes them) as UTC milliseconds. */
export function parisWallClockToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - parisOffsetMs(wall);
  return wall - parisOffsetMs(first);
}

function isCalendarTime(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

// Before this no listing was online: Bien'ici sends 1970-01-01 when it hides the real date.
const EARLIEST = Date.UTC(1995, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** ISO 8601 in UTC, or `undefined` for a missing, malformed or placeholder date. */
export function toIsoDate(value: unknown): string | undefined {
  let ms: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) ms = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    const local = text.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/);
    const day = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    if (local !== null) {
      const [, y, mo, d, h, mi, s] = local.map(Number);
      if (isCalendarTime(y!, mo!, d!, h!, mi!, s ?? 0)) {
        ms = parisWallClockToUtc(y!, mo!, d!, h!, mi!, s ?? 0);
      }
    } else if (day !== null) {
      const [, y, mo, d] = day.map(Number);
      if (isCalendarTime(y!, mo!, d!, 0, 0, 0)) ms = parisWallClockToUtc(y!, mo!, d!, 0, 0, 0);
    } else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
      ms = Date.parse(text);
    }
  }
  if (ms === undefined || Number.isNaN(ms) || ms < EARLIEST || ms >= LATEST) return undefined;
  return new Date(ms).toISOString();
}
