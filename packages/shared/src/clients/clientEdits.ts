import { z } from 'zod';
import { normaliseWord } from '../search/keywords.js';

/**
 * What staff edit on a client file (H1) without a function: the identity fields the rules let
 * them write (`validClientEdit`), the search criteria (the shape of `clientCriteriaSchema`, with
 * French messages next to each field) and the private note and fee, kept in
 * `clients/{c}/private/notes`, a document the client can never read.
 */

const required = (label: string, max: number) =>
  z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, { error: `${label} est obligatoire.` })
    .max(max, { error: `${label} : ${max} caractères au plus.` });

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} : indiquez un nombre.` })
    .int({ error: `${label} : un nombre entier.` })
    .min(min, { error: `${label} : au moins ${min.toLocaleString('fr-FR')}.` })
    .max(max, { error: `${label} : au plus ${max.toLocaleString('fr-FR')}.` });

export const clientIdentityInput = z.object({
  firstName: required('Le prénom', 80),
  lastName: required('Le nom', 80),
  phone: z
    .string()
    .trim()
    .max(40, { error: 'Le téléphone : 40 caractères au plus.' })
    .regex(/^[\d\s.+()-]*$/, {
      error: 'Le téléphone : des chiffres, des espaces et + . - ( ) seulement.',
    }),
});
export type ClientIdentity = z.infer<typeof clientIdentityInput>;

export const CLIENT_AREA_MAX = 80;
export const CLIENT_AREAS_MAX = 30;

export const clientCriteriaInput = z.object({
  budgetMax: whole('Le budget maximum', 1, 100_000_000).nullable(),
  areas: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(CLIENT_AREA_MAX, { error: `Un secteur : ${CLIENT_AREA_MAX} caractères au plus.` }),
    )
    .max(CLIENT_AREAS_MAX, { error: `${CLIENT_AREAS_MAX} secteurs au plus.` }),
  roomsMin: whole('Le nombre de pièces minimum', 0, 50).nullable(),
  surfaceMin: whole('La surface minimum', 0, 100_000).nullable(),
});
export type ClientCriteria = z.infer<typeof clientCriteriaInput>;

export const CLIENT_NOTE_MAX = 5000;

export const clientPrivateNotesInput = z.object({
  note: z
    .string()
    .trim()
    .max(CLIENT_NOTE_MAX, {
      error: `La note privée : ${CLIENT_NOTE_MAX.toLocaleString('fr-FR')} caractères au plus.`,
    }),
  feeAmount: whole('Les honoraires', 0, 10_000_000).nullable(),
  feeCurrency: z.literal('EUR').default('EUR'),
});
export type ClientPrivateNotes = z.infer<typeof clientPrivateNotesInput>;

/**
 * A number typed in a form field the French way ("650 000", "1 250,5", "90 m²", "3 000 €"):
 * null when empty, NaN when it is not a number (the schema then says so next to the field).
 */
export function numberFromText(text: string): number | null {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(€|eur|m²|m2)$/i, '')
    .replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** How a number is shown back in its field: thousands apart ("650 000"), as `numberFromText` reads. */
export function numberToText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const [whole = '', decimals] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return decimals ? `${grouped},${decimals}` : grouped;
}

export type AreaRefusal = 'tooLong' | 'tooMany';

/**
 * Adds what was typed in the areas tag input (one area, or several separated by commas or
 * semicolons) to the list: blanks and areas already there (whatever their case and accents) are
 * skipped; an area too long, or one past the maximum, is refused and named.
 */
export function addAreas(
  areas: readonly string[],
  typed: string,
): { areas: string[]; refused: AreaRefusal | null } {
  const next = [...areas];
  const seen = new Set(next.map((area) => normaliseWord(area)));
  for (const part of typed.split(/[,;\n]/)) {
    const area = part.trim().replace(/\s+/g, ' ');
    if (area === '' || seen.has(normaliseWord(area))) continue;
    if (area.length > CLIENT_AREA_MAX) return { areas: next, refused: 'tooLong' };
    if (next.length >= CLIENT_AREAS_MAX) return { areas: next, refused: 'tooMany' };
    next.push(area);
    seen.add(normaliseWord(area));
  }
  return { areas: next, refused: null };
}
