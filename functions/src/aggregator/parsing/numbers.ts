import { asArray } from './values.js';

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * French-written numbers: "320 000 €", "949,02 €/mois", "1.250.000 €", "57,2 m²", "949.02 €".
 * A separator followed by exactly three digits groups thousands; otherwise it is the decimal mark.
 */
export function parseFrenchNumber(text: string): number | undefined {
  const match = text.replace(SPACES, '').match(/\d[\d.,]*/);
  if (match === null) return undefined;
  let digits = match[0].replace(/[.,]+$/, '');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    digits = digits.split(grouping).join('').replace(decimal, '.');
  } else {
    const separator = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : undefined;
    if (separator !== undefined) {
      const parts = digits.split(separator);
      const groupsThousands =
        parts.length > 2 || (parts[1]?.length === 3 && (parts[0]?.length ?? 0) <= 3);
      digits = groupsThousands ? parts.join('') : parts.join('.');
    }
  }
  const value = Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A number however the source wrote it: a number, a numeric text, or a range given as an array
 * (Bien'ici sends `[min, max]` for new-build programmes): the first number present is kept.
 */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseFrenchNumber(value);
  const list = asArray(value);
  if (list !== undefined) {
    for (const item of list) {
      const number = toNumber(item);
      if (number !== undefined) return number;
    }
  }
  return undefined;
}

export function toInteger(value: unknown): number | undefined {
  const number = toNumber(value);
  return number === undefined ? undefined : Math.round(number);
}

/** LeBonCoin's `price_cents`. */
export function fromCents(value: unknown): number | undefined {
  const cents = toNumber(value);
  return cents === undefined ? undefined : cents / 100;
}
