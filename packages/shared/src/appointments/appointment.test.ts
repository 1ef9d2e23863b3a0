import { describe, expect, it } from 'vitest';
import {
  appointmentFormValues,
  appointmentInput,
  appointmentInstants,
  parisDayKey,
  parisDayRange,
  parisMonthRange,
  parisWeekRange,
} from './appointment.js';

const valid = {
  title: 'Visite T3',
  type: 'visit',
  date: '2026-06-15',
  start: '10:30',
  end: '11:15',
  place: 'Lyon',
};

describe('appointmentInput', () => {
  it('takes a valid appointment', () => {
    expect(appointmentInput.parse(valid)).toEqual({ ...valid, propertyId: null });
  });

  it('refuses an end before or at the start, on the end field', () => {
    for (const end of ['10:00', '10:30']) {
      const result = appointmentInput.safeParse({ ...valid, end });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['end']);
      expect(result.error?.issues[0]?.message).toBe('La fin doit suivre le début.');
    }
  });

  it('refuses an unknown type, a missing title and a bad time', () => {
    expect(appointmentInput.safeParse({ ...valid, type: 'apéro' }).success).toBe(false);
    expect(appointmentInput.safeParse({ ...valid, title: '  ' }).success).toBe(false);
    expect(appointmentInput.safeParse({ ...valid, start: '25:00' }).success).toBe(false);
    expect(appointmentInput.safeParse({ ...valid, date: '2026-02-30x' }).success).toBe(false);
  });
});

describe('appointmentInstants', () => {
  it('reads the times in Paris time, summer and winter', () => {
    expect(appointmentInstants(valid).startsAt.toISOString()).toBe('2026-06-15T08:30:00.000Z');
    expect(
      appointmentInstants({
        date: '2026-01-15',
        start: '10:30',
        end: '11:00',
      }).endsAt.toISOString(),
    ).toBe('2026-01-15T10:00:00.000Z');
  });

  it('gives back the form values', () => {
    const { startsAt, endsAt } = appointmentInstants(valid);
    expect(appointmentFormValues(startsAt, endsAt)).toEqual({
      date: '2026-06-15',
      start: '10:30',
      end: '11:15',
    });
    expect(parisDayKey(new Date('2026-06-15T22:30:00Z'))).toBe('2026-06-16');
  });
});

describe('parisWeekRange', () => {
  it('runs Monday to Monday in Paris time, across the autumn change', () => {
    // Clocks go back on Sunday 25 October 2026: that week lasts 169 hours.
    const { from, to } = parisWeekRange(new Date('2026-10-21T12:00:00Z'));
    expect(from.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(to.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(parisWeekRange(new Date('2026-10-28T12:00:00Z'), -1).from.toISOString()).toBe(
      from.toISOString(),
    );
  });

  it('gives the day of an instant late in the evening', () => {
    expect(parisDayRange(new Date('2026-06-15T22:30:00Z')).from.toISOString()).toBe(
      '2026-06-15T22:00:00.000Z',
    );
  });
});

describe('parisMonthRange', () => {
  it('runs from the 1st at midnight in Paris, across the year', () => {
    const { from, to } = parisMonthRange(new Date('2026-12-15T12:00:00Z'));
    expect(from.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(parisMonthRange(new Date('2026-12-15T12:00:00Z'), 1).to.toISOString()).toBe(
      '2027-01-31T23:00:00.000Z',
    );
  });
});
