import { describe, expect, it } from 'vitest';
import { appointmentNotice, type AppointmentSide } from './appointmentEvents.js';
import { isAppRoute } from './bell.js';

const ids = { clientId: 'c1', appointmentId: 'a1' };
const side = (overrides: Partial<AppointmentSide> = {}): AppointmentSide => ({
  startsAt: 1_000,
  endsAt: 2_000,
  place: '3 rue Mercière, Lyon',
  updateTime: 50,
  ...overrides,
});

describe('appointmentNotice', () => {
  it('keys a creation and a change on the write that made them', () => {
    expect(appointmentNotice(ids, null, side())).toEqual({
      event: 'appointmentCreated',
      key: 'appointmentCreated-c1-a1-50',
    });
    expect(appointmentNotice(ids, side(), side({ startsAt: 1_500, updateTime: 60 }))).toEqual({
      event: 'appointmentChanged',
      key: 'appointmentChanged-c1-a1-60',
    });
    expect(appointmentNotice(ids, side(), side({ endsAt: 3_000 }))?.event).toBe(
      'appointmentChanged',
    );
    expect(appointmentNotice(ids, side(), side({ place: 'Agence' }))?.event).toBe(
      'appointmentChanged',
    );
  });

  it('keys a cancellation on the last version the client was told of', () => {
    expect(appointmentNotice(ids, side({ updateTime: 70 }), null)).toEqual({
      event: 'appointmentCancelled',
      key: 'appointmentCancelled-c1-a1-70',
    });
  });

  it('stays quiet when neither date, time nor place changed', () => {
    expect(appointmentNotice(ids, side(), side({ updateTime: 80 }))).toBeNull();
    expect(appointmentNotice(ids, side(), side({ place: ' 3 rue Mercière, Lyon ' }))).toBeNull();
    expect(appointmentNotice(ids, null, null)).toBeNull();
  });
});

describe('isAppRoute', () => {
  it('accepts the app’s own routes only', () => {
    expect(isAppRoute('/biens/p1')).toBe(true);
    expect(isAppRoute('/')).toBe(true);
    expect(isAppRoute('//evil.example/x')).toBe(false);
    expect(isAppRoute('https://evil.example')).toBe(false);
    expect(isAppRoute('javascript:alert(1)')).toBe(false);
    expect(isAppRoute(undefined)).toBe(false);
  });
});
