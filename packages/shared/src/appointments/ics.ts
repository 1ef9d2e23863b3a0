/**
 * One appointment as an iCalendar file (RFC 5545) that calendar apps import ("Ajouter à mon
 * agenda"). Times are written in UTC, which every client reads without a VTIMEZONE block.
 */
export interface IcsEvent {
  /** Stable across downloads, so a second import updates the event instead of doubling it. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place?: string;
  description?: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** Who publishes it (the agency's name), in PRODID. */
  organiser?: string;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utcStamp(date: Date): string {
  return `${date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function appointmentIcs(event: IcsEvent): string {
  const productName = escapeIcsText(event.organiser ?? 'Portail client').replace(/\/\//g, '/');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${productName}//Portail client//FR`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(event.place ? [`LOCATION:${escapeIcsText(event.place)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A file name without characters file systems refuse. */
export function icsFileName(title: string, startsAt: Date): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'rendez-vous'}-${startsAt.toISOString().slice(0, 10)}.ics`;
}
