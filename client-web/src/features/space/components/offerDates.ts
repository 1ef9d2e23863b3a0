/** An offer stands this many days unless the client says otherwise. */
export const DEFAULT_OFFER_DAYS = 10;

const pad = (value: number) => String(value).padStart(2, '0');

/** A day as a date input holds it (`2026-12-11`), in the reader's time zone. */
export function dateInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function daysFromNow(days: number, now = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
}

/**
 * The last moment of the chosen day: an offer "valable jusqu'au 11 décembre" stands all that day.
 * Undefined when the input holds no real date (the schema then asks for one).
 */
export function endOfDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 23, 59, 59, 999);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** "350 000", "350000 €" or "350 000,00": the number typed, or undefined when there is none. */
export function parseEuros(value: string): number | undefined {
  const cleaned = value.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (cleaned === '') return undefined;
  const amount = Number(cleaned);
  return Number.isFinite(amount) ? amount : undefined;
}
