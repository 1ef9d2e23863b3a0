import { z } from 'zod';
import { appointmentTypes, type AppointmentType } from '../pipeline/stages.js';
import { fromParisWallClock, toParisWallClock } from '../analytics/parisCalendar.js';

const day = /^(\d{4})-(\d{2})-(\d{2})$/;
const clock = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * An appointment as the hunter types it in the client file (H6): a day and two Paris wall-clock
 * times. The instants stored come from `appointmentInstants`.
 */
export const appointmentInput = z
  .object({
    title: z
      .string({ error: 'Donnez un titre au rendez-vous.' })
      .trim()
      .min(1, { error: 'Donnez un titre au rendez-vous.' })
      .max(120, { error: 'Titre : 120 caractères au plus.' }),
    type: z.enum(appointmentTypes, { error: 'Choisissez le type de rendez-vous.' }),
    date: z
      .string({ error: 'Indiquez la date.' })
      .regex(day, { error: 'Indiquez la date.' })
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
        error: 'Cette date n’existe pas.',
      }),
    start: z.string({ error: 'Indiquez l’heure de début.' }).regex(clock, {
      error: 'Indiquez l’heure de début (hh:mm).',
    }),
    end: z.string({ error: 'Indiquez l’heure de fin.' }).regex(clock, {
      error: 'Indiquez l’heure de fin (hh:mm).',
    }),
    place: z.string().trim().max(300, { error: 'Lieu : 300 caractères au plus.' }).default(''),
    propertyId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Bien inconnu.' })
      .nullable()
      .default(null),
  })
  .refine((input) => input.end > input.start, {
    error: 'La fin doit suivre le début.',
    path: ['end'],
  });
export type AppointmentInput = z.infer<typeof appointmentInput>;

/** The instants of an appointment typed in Paris time. */
export function appointmentInstants(input: Pick<AppointmentInput, 'date' | 'start' | 'end'>): {
  startsAt: Date;
  endsAt: Date;
} {
  const [year, month, dayOfMonth] = input.date.split('-').map(Number) as [number, number, number];
  const at = (time: string) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return new Date(
      fromParisWallClock({
        year,
        month,
        day: dayOfMonth,
        hour,
        minute,
        second: 0,
        millisecond: 0,
      }),
    );
  };
  return { startsAt: at(input.start), endsAt: at(input.end) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The form's fields for a stored appointment (editing it). */
export function appointmentFormValues(startsAt: Date, endsAt: Date) {
  const start = toParisWallClock(startsAt.getTime());
  const end = toParisWallClock(endsAt.getTime());
  return {
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    start: `${pad(start.hour)}:${pad(start.minute)}`,
    end: `${pad(end.hour)}:${pad(end.minute)}`,
  };
}

/** The Paris day of an instant, `YYYY-MM-DD`: how agendas group appointments. */
export function parisDayKey(instant: Date): string {
  const wall = toParisWallClock(instant.getTime());
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * `tenants/{t}/clients/{c}/appointments/{id}`. `tenantId`, `clientId` and `clientName` let the
 * hunter's agenda read every client's appointments in one collection-group query.
 */
export interface AppointmentRecord {
  tenantId: string;
  clientId: string;
  clientName: string;
  title: string;
  type: AppointmentType;
  place: string;
  propertyId: string | null;
  startsAt: Date;
  endsAt: Date;
  createdBy: string;
}

/** The Paris day holding `instant`, [00:00, next 00:00), shifted by `offset` days. */
export function parisDayRange(instant: Date, offset = 0): { from: Date; to: Date } {
  const wall = toParisWallClock(instant.getTime());
  const at = (days: number) =>
    new Date(
      fromParisWallClock({
        year: wall.year,
        month: wall.month,
        day: wall.day + offset + days,
        hour: 0,
        minute: 0,
        second: 0,
        millisecond: 0,
      }),
    );
  return { from: at(0), to: at(1) };
}

/** The Paris week (Monday to Sunday) holding `instant`, shifted by `offset` weeks. */
export function parisWeekRange(instant: Date, offset = 0): { from: Date; to: Date } {
  const wall = toParisWallClock(instant.getTime());
  const weekday = (new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() + 6) % 7;
  const monday = parisDayRange(instant, offset * 7 - weekday).from;
  return { from: monday, to: parisDayRange(monday, 7).from };
}

/** The Paris calendar month holding `instant`, shifted by `offset` months. */
export function parisMonthRange(instant: Date, offset = 0): { from: Date; to: Date } {
  const wall = toParisWallClock(instant.getTime());
  const at = (months: number) =>
    new Date(
      fromParisWallClock({
        year: wall.year,
        month: wall.month + offset + months,
        day: 1,
        hour: 0,
        minute: 0,
        second: 0,
        millisecond: 0,
      }),
    );
  return { from: at(0), to: at(1) };
}
