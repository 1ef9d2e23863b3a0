import { describe, expect, it } from 'vitest';
import { clientCriteriaSchema } from '../tenancy/contracts.js';
import {
  addAreas,
  clientCriteriaInput,
  clientIdentityInput,
  clientPrivateNotesInput,
  numberFromText,
  numberToText,
} from './clientEdits.js';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('numberFromText', () => {
  it('reads numbers typed the French way', () => {
    expect(numberFromText('650 000')).toBe(650000);
    expect(numberFromText('650\u202f000 €')).toBe(650000);
    expect(numberFromText('90 m²')).toBe(90);
    expect(numberFromText('12,5')).toBe(12.5);
    expect(numberFromText('  ')).toBeNull();
  });

  it('gives NaN for what is not a number, so that the schema refuses it', () => {
    expect(numberFromText('beaucoup')).toBeNaN();
    expect(numberFromText('12 pièces')).toBeNaN();
    expect(
      messages(clientCriteriaInput.safeParse(criteria({ roomsMin: numberFromText('x') }))),
    ).toEqual(['Le nombre de pièces minimum : indiquez un nombre.']);
  });

  it('shows a number back with its thousands apart, as it reads back', () => {
    expect(numberToText(650000)).toBe('650 000');
    expect(numberToText(12000000)).toBe('12 000 000');
    expect(numberToText(999)).toBe('999');
    expect(numberToText(92.5)).toBe('92,5');
    expect(numberToText(null)).toBe('');
    for (const value of [0, 4, 1234, 650000, 100000000, 92.5]) {
      expect(numberFromText(numberToText(value))).toBe(value);
    }
  });
});

const criteria = (overrides: Record<string, unknown> = {}) => ({
  budgetMax: 650000,
  areas: ['Lyon 6e'],
  roomsMin: 4,
  surfaceMin: 90,
  ...overrides,
});

describe('clientCriteriaInput', () => {
  it('accepts what the stored criteria schema accepts', () => {
    for (const value of [criteria(), criteria({ budgetMax: null, roomsMin: null, areas: [] })]) {
      const parsed = clientCriteriaInput.parse(value);
      expect(clientCriteriaSchema.parse(parsed)).toEqual(parsed);
    }
  });

  it('refuses bad values with a French message on the field', () => {
    const result = clientCriteriaInput.safeParse(
      criteria({ budgetMax: 0, roomsMin: 2.5, surfaceMin: -1 }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['budgetMax', 'Le budget maximum : au moins 1.'],
      ['roomsMin', 'Le nombre de pièces minimum : un nombre entier.'],
      ['surfaceMin', 'La surface minimum : au moins 0.'],
    ]);
  });
});

describe('clientIdentityInput', () => {
  it('trims names and accepts phone numbers written with separators', () => {
    expect(
      clientIdentityInput.parse({
        firstName: ' Julie ',
        lastName: 'Dupont',
        phone: '+33 (6) 12-34.56',
      }),
    ).toEqual({ firstName: 'Julie', lastName: 'Dupont', phone: '+33 (6) 12-34.56' });
  });

  it('refuses an empty name and letters in the phone', () => {
    expect(
      messages(clientIdentityInput.safeParse({ firstName: ' ', lastName: 'D', phone: 'abc' })),
    ).toEqual([
      'Le prénom est obligatoire.',
      'Le téléphone : des chiffres, des espaces et + . - ( ) seulement.',
    ]);
  });
});

describe('clientPrivateNotesInput', () => {
  it('stores the fee in euros, or none', () => {
    expect(clientPrivateNotesInput.parse({ note: ' Pressés ', feeAmount: 19500 })).toEqual({
      note: 'Pressés',
      feeAmount: 19500,
      feeCurrency: 'EUR',
    });
    expect(clientPrivateNotesInput.parse({ note: '', feeAmount: null }).feeAmount).toBeNull();
  });

  it('refuses a negative fee and a note too long', () => {
    expect(
      messages(clientPrivateNotesInput.safeParse({ note: 'x'.repeat(5001), feeAmount: -5 })),
    ).toHaveLength(2);
  });
});

describe('addAreas', () => {
  it('adds one or several areas, skipping blanks and those already there', () => {
    expect(addAreas(['Lyon 6e'], 'lyon 6E, Villeurbanne ;  Écully ')).toEqual({
      areas: ['Lyon 6e', 'Villeurbanne', 'Écully'],
      refused: null,
    });
    expect(addAreas(['Écully'], 'ecully').areas).toEqual(['Écully']);
  });

  it('refuses an area too long and one past the maximum', () => {
    expect(addAreas([], 'x'.repeat(81))).toEqual({ areas: [], refused: 'tooLong' });
    const full = Array.from({ length: 30 }, (_, i) => `Secteur ${i}`);
    expect(addAreas(full, 'Un de plus')).toEqual({ areas: full, refused: 'tooMany' });
  });
});
