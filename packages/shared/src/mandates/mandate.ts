import { z } from 'zod';
import { idSchema } from '../tenancy/contracts.js';

/**
 * L2: the search-mandate register (« registre des mandats », loi Hoguet). One document per entry
 * under `tenants/{t}/mandates/{id}`, numbered in order by the `createMandate` callable (a
 * transaction on a counter), never changed nor deleted by anyone: a mistake is fixed by a new
 * entry whose `correctionOf` names the one it corrects. Each entry is kept 10 years
 * (`retainUntil`), even after its client is deleted (L4).
 */
export const MANDATE_RETENTION_YEARS = 10;
/** The consumer's withdrawal period of a contract signed remotely (Code de la consommation L221-18). */
export const MANDATE_WITHDRAWAL_DAYS = 14;
export const MANDATE_MAX_TERM_MONTHS = 120;

export const mandatesPath = (tenantId: string) => `tenants/${tenantId}/mandates`;
/** The register's counter: the last number given, bumped in the same transaction as the entry. */
export const mandateCounterPath = (tenantId: string) =>
  `tenants/${tenantId}/config/mandateRegister`;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day typed in a form (`YYYY-MM-DD`), checked to be a real date. */
export const mandateDateSchema = z
  .string({ error: 'La date du mandat est obligatoire.' })
  .regex(isoDay, { error: 'Date invalide (AAAA-MM-JJ).' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'Date invalide.');

export const createMandateInput = z.object({
  clientId: idSchema,
  /** The day the client signed. */
  date: mandateDateSchema,
  signedRemotely: z.boolean({ error: 'Précisez si le mandat a été signé à distance.' }),
  termMonths: z
    .number({ error: 'La durée (en mois) est obligatoire.' })
    .int({ error: 'La durée est un nombre entier de mois.' })
    .min(1, { error: 'La durée est d’au moins 1 mois.' })
    .max(MANDATE_MAX_TERM_MONTHS, {
      error: `La durée est de ${MANDATE_MAX_TERM_MONTHS} mois au plus.`,
    }),
  /** The fee agreed, incl. VAT, in euros. */
  fee: z
    .number({ error: 'Les honoraires sont obligatoires.' })
    .min(0, { error: 'Les honoraires ne peuvent pas être négatifs.' })
    .max(10_000_000, { error: 'Les honoraires : 10 000 000 € au plus.' }),
  /** The entry this one corrects, if any. */
  correctionOf: idSchema.optional(),
  note: z.string().trim().max(1000, { error: 'La note : 1 000 caractères au plus.' }).default(''),
});
export type CreateMandateInput = z.input<typeof createMandateInput>;

export interface CreateMandateResult {
  mandateId: string;
  number: number;
}

/** A register entry as stored (dates in milliseconds once read; Timestamps in Firestore). */
export interface MandateEntry {
  number: number;
  clientId: string;
  /** The client's name when the entry was made: the register outlives the client (L4). */
  clientName: string;
  date: string;
  signedRemotely: boolean;
  termMonths: number;
  fee: number;
  note: string;
  correctionOf: string | null;
  /** The corrected entry's number, so the register reads without a lookup. */
  correctionOfNumber: number | null;
  createdBy: string;
  createdAt: number;
  retainUntil: number;
  tenantId: string;
}

/** Adds whole calendar months in UTC, clamping to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonthsUtc(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.getTime();
}

/** When the register may forget an entry: 10 years after it was written. */
export function mandateRetainUntil(createdAt: number): number {
  return addMonthsUtc(createdAt, MANDATE_RETENTION_YEARS * 12);
}

/**
 * The last day a remote signer may withdraw, as `YYYY-MM-DD`: 14 days from the day after the
 * signature; a period ending on a Saturday, Sunday (or, left to the agency, a holiday) runs to
 * the next working day (art. 642 CPC, applied to L221-18). Null for a mandate signed in person.
 */
export function withdrawalEndsOn(entry: { date: string; signedRemotely: boolean }): string | null {
  if (!entry.signedRemotely || !isoDay.test(entry.date)) return null;
  const end = new Date(`${entry.date}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + MANDATE_WITHDRAWAL_DAYS);
  const weekday = end.getUTCDay();
  if (weekday === 6) end.setUTCDate(end.getUTCDate() + 2);
  if (weekday === 0) end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

/** The entry's end of term (`YYYY-MM-DD`). */
export function mandateEndsOn(entry: { date: string; termMonths: number }): string {
  const start = Date.parse(`${entry.date}T00:00:00Z`);
  return new Date(addMonthsUtc(start, entry.termMonths)).toISOString().slice(0, 10);
}
