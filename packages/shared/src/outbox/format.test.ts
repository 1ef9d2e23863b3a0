import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDecimal,
  formatDuration,
  formatEuros,
  formatLongDate,
  formatLongDateTime,
} from './format.js';

const spaced = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for e-mails', () => {
  it('writes euros the French and the English way', () => {
    expect(spaced(formatEuros(320_000, 'fr'))).toBe('320 000 €');
    expect(formatEuros(320_000, 'en')).toBe('€320,000');
    expect(spaced(formatEuros(1234.5, 'fr'))).toBe('1 234,50 €');
    expect(formatEuros(1234.5, 'en')).toBe('€1,234.50');
    expect(formatEuros(Number.NaN, 'fr')).toBe('');
  });

  it('keeps the amount and the euro sign together on one line', () => {
    expect(formatEuros(320_000, 'fr')).not.toMatch(/ /);
  });

  it('writes dates and times in Paris time, winter and summer', () => {
    const winter = new Date('2026-03-03T09:00:00Z');
    expect(formatLongDateTime(winter, 'fr')).toBe('mardi 3 mars 2026 à 10:00');
    expect(formatLongDateTime(winter, 'en')).toBe('Tuesday 3 March 2026 at 10:00');
    const summer = new Date('2026-07-14T08:00:00Z');
    expect(formatClockTime(summer, 'fr')).toBe('10:00');
    expect(formatLongDate(new Date('2026-03-03T23:30:00Z'), 'fr')).toBe('mercredi 4 mars 2026');
    expect(formatLongDate(winter, 'en', 'UTC')).toBe('Tuesday 3 March 2026');
  });

  it('writes the first of the month as French readers expect', () => {
    expect(formatLongDate(new Date('2026-03-01T12:00:00Z'), 'fr')).toBe('dimanche 1er mars 2026');
    expect(formatLongDate(new Date('2026-03-01T12:00:00Z'), 'en')).toBe('Sunday 1 March 2026');
  });

  it('returns nothing for an invalid date rather than "Invalid Date"', () => {
    expect(formatLongDateTime(new Date('nope'), 'fr')).toBe('');
  });

  it('writes durations in their largest whole unit, with plurals', () => {
    expect(formatDuration(7 * 86_400_000, 'fr')).toBe('7 jours');
    expect(formatDuration(86_400_000, 'fr')).toBe('1 jour');
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 hours');
    expect(formatDuration(3_600_000, 'en')).toBe('1 hour');
    expect(formatDuration(30 * 60_000, 'fr')).toBe('30 minutes');
    expect(formatDuration(90 * 60_000, 'en')).toBe('90 minutes');
    expect(formatDuration(-1, 'en')).toBe('');
  });

  it('writes decimals with the language’s separator', () => {
    expect(formatDecimal(4.5, 'fr')).toBe('4,5');
    expect(formatDecimal(4.5, 'en')).toBe('4.5');
  });
});
