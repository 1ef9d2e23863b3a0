import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentIcs, escapeIcsText, icsFileName } from './ics.js';

const event = {
  uid: 'visit-1@t1.c1',
  title: 'Visite ; T3, Croix-Rousse\\ balcon',
  startsAt: new Date('2026-06-15T08:30:00Z'),
  endsAt: new Date('2026-06-15T09:15:00Z'),
  place: '4 cours Franklin Roosevelt, 69006 Lyon',
  description: `Première ligne\nDeuxième ligne — ${'é'.repeat(80)}`,
  now: new Date('2026-06-01T12:00:00Z'),
  organiser: 'Agence Démo',
};

describe('appointmentIcs', () => {
  it('is read back by ical.js with the same event', () => {
    const text = appointmentIcs(event);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent).not.toBeNull();
    const parsed = new ICAL.Event(vevent!);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.location).toBe(event.place);
    expect(parsed.description).toBe(event.description);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt.toISOString());
    expect(parsed.startDate.zone?.tzid).toBe('UTC');
    const stamp = vevent!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe(event.now.toISOString());
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('ends lines with CRLF and folds them at 75 octets', () => {
    const text = appointmentIcs(event);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('leaves out an empty place', () => {
    expect(appointmentIcs({ ...event, place: '' })).not.toContain('LOCATION');
  });
});

describe('escapeIcsText', () => {
  it('escapes what TEXT values may not hold', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});

describe('icsFileName', () => {
  it('keeps letters and digits of the title', () => {
    expect(icsFileName('Visite pré-signature : T3', new Date('2026-06-15T08:30:00Z'))).toBe(
      'Visite-pre-signature-T3-2026-06-15.ics',
    );
  });
});
