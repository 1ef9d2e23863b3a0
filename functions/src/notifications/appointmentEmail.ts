import { Timestamp, type DocumentData } from 'firebase-admin/firestore';
import { appointmentNotice, type AppointmentSide, type EventData } from '@portail/shared';
import { clientAudience } from './clientSpace.js';
import { queueEventEmail } from './queueEventEmail.js';

export interface AppointmentIds {
  tenantId: string;
  clientId: string;
  appointmentId: string;
}

/** One side of the trigger's change: the document's data and its update time. */
export interface WrittenSide {
  data: DocumentData | undefined;
  updateTime: Timestamp | undefined;
}

const CALENDAR_ROUTE = '/rendez-vous';

const millis = (value: unknown) => (value instanceof Timestamp ? value.toMillis() : null);

function appointmentSide(side: WrittenSide): AppointmentSide | null {
  const startsAt = millis(side.data?.startsAt);
  const endsAt = millis(side.data?.endsAt);
  if (!side.data || !side.updateTime || startsAt === null || endsAt === null) return null;
  return {
    startsAt,
    endsAt,
    place: typeof side.data.place === 'string' ? side.data.place : '',
    updateTime: side.updateTime.toMillis(),
  };
}

/**
 * An appointment created, moved (date, time or place) or cancelled tells every login of the
 * space, by e-mail (N1) and in the bell. The key comes from the write's update time (see
 * `appointmentNotice`): one e-mail per change, none more for a redelivered event. Dates and
 * times are written in Paris time by the templates. Returns the e-mail entries created.
 */
export async function appointmentEmail(
  ids: AppointmentIds,
  before: WrittenSide,
  after: WrittenSide,
): Promise<number> {
  const previous = appointmentSide(before);
  const current = appointmentSide(after);
  const notice = appointmentNotice(ids, previous, current);
  if (!notice) return 0;
  const audience = await clientAudience(ids.tenantId, ids.clientId, notice.event);
  if (!audience) return 0;
  const shown = (current ? after : before).data ?? {};
  const data: EventData = {
    client: audience.clientTags,
    appointment: {
      title: typeof shown.title === 'string' ? shown.title : '',
      start: new Date((current ?? previous)!.startsAt),
      place: typeof shown.place === 'string' ? shown.place : '',
      previousStart:
        notice.event === 'appointmentChanged' && previous ? new Date(previous.startsAt) : null,
    },
    link: audience.linkTo(CALENDAR_ROUTE),
  };
  return queueEventEmail(
    audience.agency,
    notice.event,
    notice.key,
    audience.recipients,
    () => data,
    CALENDAR_ROUTE,
  );
}
