import { describe, expect, it } from 'vitest';
import { fromCents, parseFrenchNumber, toInteger, toNumber } from './numbers.js';

describe('parseFrenchNumber', () => {
  it.each([
    ['320 000 €', 320000],
    ['320\u202f000\u00a0€', 320000],
    ['1 250 000€', 1250000],
    ['1.250.000 €', 1250000],
    ['949,02 €/mois', 949.02],
    ['949.02 €', 949.02],
    ['1 159,5', 1159.5],
    ['12.345,67 €', 12345.67],
    ['12,345.67', 12345.67],
    ['57,2 m²', 57.2],
    ['61 m²', 61],
    ['Prix : 425 000 euros', 425000],
    ['7ème étage', 7],
  ])('reads %s as %d', (text, expected) => {
    expect(parseFrenchNumber(text)).toBe(expected);
  });

  it('finds no number in text without digits', () => {
    expect(parseFrenchNumber('Prix sur demande')).toBeUndefined();
  });
});

describe('toNumber', () => {
  it('keeps numbers, reads numeric text and takes the first number of a range', () => {
    expect(toNumber(432000)).toBe(432000);
    expect(toNumber('61')).toBe(61);
    expect(toNumber([54000, 82000])).toBe(54000);
    expect(toNumber([null, 38000])).toBe(38000);
    expect(toNumber([329500])).toBe(329500);
  });

  it('gives nothing for missing or non-numeric values', () => {
    expect(toNumber(undefined)).toBeUndefined();
    expect(toNumber(null)).toBeUndefined();
    expect(toNumber(Number.NaN)).toBeUndefined();
    expect(toNumber({ value: 3 })).toBeUndefined();
    expect(toNumber([])).toBeUndefined();
  });

  it('rounds counts and converts cents', () => {
    expect(toInteger('2.6')).toBe(3);
    expect(fromCents(21500000)).toBe(215000);
    expect(fromCents(undefined)).toBeUndefined();
  });
});
