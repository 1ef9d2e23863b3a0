import type { EmailEvent } from '../outbox/events.js';

/** What a trigger sees of an appointment, before or after the write (instants in milliseconds). */
export interface AppointmentSide {
  startsAt: number;
  endsAt: number;
  place: string;
  /** The document's update time as the trigger reports it: the identity of that write. */
  updateTime: number;
}

export interface AppointmentNotice {
  event: Extract<EmailEvent, 'appointmentCreated' | 'appointmentChanged' | 'appointmentCancelled'>;
  /**
   * `<event>-<client>-<appointment>-<updateTime ms>`: a redelivered trigger computes the same key,
   * while each later change (a new update time) is an e-mail of its own.
   */
  key: string;
}

/**
 * The e-mail a write of an appointment owes the client (N1): created, changed in what the client
 * must act on (date, time or place — not a retitling), or cancelled (deleted). A deletion is
 * keyed on the last write the client knew, the one the deleted document carried.
 */
export function appointmentNotice(
  ids: { clientId: string; appointmentId: string },
  before: AppointmentSide | null,
  after: AppointmentSide | null,
): AppointmentNotice | null {
  const make = (event: AppointmentNotice['event'], side: AppointmentSide): AppointmentNotice => ({
    event,
    key: `${event}-${ids.clientId}-${ids.appointmentId}-${side.updateTime}`,
  });
  if (!before && after) return make('appointmentCreated', after);
  if (before && !after) return make('appointmentCancelled', before);
  if (!before || !after) return null;
  const moved =
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.place.trim() !== after.place.trim();
  return moved ? make('appointmentChanged', after) : null;
}
