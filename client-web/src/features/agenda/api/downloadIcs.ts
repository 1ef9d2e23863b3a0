import { appointmentIcs, icsFileName } from '@portail/shared';
import type { SpaceAppointment } from './appointments.js';

/**
 * "Ajouter à mon agenda": the appointment as an .ics file made in the browser, with a UID
 * stable across downloads so that importing it twice updates the event.
 */
export function downloadIcs(
  appointment: SpaceAppointment,
  ids: { tenantId: string; clientId: string },
  agencyName: string,
) {
  const text = appointmentIcs({
    uid: `${appointment.id}.${ids.clientId}.${ids.tenantId}@portail-client`,
    title: appointment.title,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    place: appointment.place,
    description: agencyName,
    now: new Date(),
    organiser: agencyName,
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(appointment.title, appointment.startsAt);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
