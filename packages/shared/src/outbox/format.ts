import type { Language } from '../branding/brandingValues.js';

/**
 * Values as a reader of each language expects them in an e-mail: `320 000 €` / `€320,000`,
 * `mardi 3 mars 2026 à 10:00` / `Tuesday 3 March 2026 at 10:00`. Instants are shown in the
 * agencies' time zone, not the server's (functions run in UTC). Pure Intl, usable in the apps.
 * English follows British conventions (day before month), as for an English reader in France.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

// Building an Intl formatter costs far more than using one, and a batch renders many e-mails.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  create: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatEuros(amount: number, language: Language): string {
  if (!Number.isFinite(amount)) return '';
  const cents = !Number.isInteger(amount);
  return cached(
    `eur:${language}:${cents}`,
    () =>
      new Intl.NumberFormat(locales[language], {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

export function formatDecimal(value: number, language: Language): string {
  if (!Number.isFinite(value)) return '';
  return cached(
    `num:${language}`,
    () => new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }),
  ).format(value);
}

function dateParts(instant: Date, language: Language, timeZone: string) {
  const formatter = cached(
    `date:${language}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone,
      }),
  );
  const parts = Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    weekday: parts.weekday ?? '',
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
  };
}

const isValid = (instant: Date) => Number.isFinite(instant.getTime());

/**
 * `mardi 3 mars 2026`, `dimanche 1er mars 2026`, `Tuesday 3 March 2026`. Assembled from parts
 * because ICU versions disagree on the punctuation of the full style (`Tuesday, 3 March 2026`).
 */
export function formatLongDate(
  instant: Date,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  if (!isValid(instant)) return '';
  const { weekday, day, month, year } = dateParts(instant, language, timeZone);
  const dayLabel = language === 'fr' && day === '1' ? '1er' : day;
  return `${weekday} ${dayLabel} ${month} ${year}`;
}

/** `10:00` in both languages, on a 24-hour clock as French readers (and the brief) expect. */
export function formatClockTime(
  instant: Date,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  if (!isValid(instant)) return '';
  return cached(
    `time:${language}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }),
  ).format(instant);
}

export function formatLongDateTime(
  instant: Date,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  if (!isValid(instant)) return '';
  const joiner = language === 'fr' ? 'à' : 'at';
  return `${formatLongDate(instant, language, timeZone)} ${joiner} ${formatClockTime(instant, language, timeZone)}`;
}

const durationUnits: Record<Language, Record<'day' | 'hour' | 'minute', [string, string]>> = {
  fr: { day: ['jour', 'jours'], hour: ['heure', 'heures'], minute: ['minute', 'minutes'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** A link's lifetime in the largest whole unit: `7 jours`, `2 hours`, `30 minutes`. */
export function formatDuration(milliseconds: number, language: Language): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '';
  const minutes = Math.round(milliseconds / 60_000);
  const [count, unit] =
    minutes > 0 && minutes % 1440 === 0
      ? [minutes / 1440, 'day' as const]
      : minutes > 0 && minutes % 60 === 0
        ? [minutes / 60, 'hour' as const]
        : [minutes, 'minute' as const];
  const plural = cached(`plural:${language}`, () => new Intl.PluralRules(locales[language]));
  const [one, other] = durationUnits[language][unit];
  return `${formatDecimal(count, language)} ${plural.select(count) === 'one' ? one : other}`;
}
