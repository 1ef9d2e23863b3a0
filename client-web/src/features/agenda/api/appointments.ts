import { useMemo } from 'react';
import {
  collection,
  limit,
  orderBy,
  query,
  Timestamp,
  where,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import { appointmentTypes, type AppointmentType } from '@portail/shared';
import { db, useLiveQuery } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';

export interface SpaceAppointment {
  id: string;
  title: string;
  type: AppointmentType;
  place: string;
  startsAt: Date;
  endsAt: Date;
}

/** Upcoming appointments the list shows at most (one page). */
export const UPCOMING_LIMIT = 50;

function dateOf(value: unknown): Date {
  const toDate = (value as { toDate?: () => Date } | null)?.toDate;
  return typeof toDate === 'function' ? toDate.call(value) : new Date(0);
}

function readAppointment(doc: QueryDocumentSnapshot): SpaceAppointment {
  const data = doc.data();
  return {
    id: doc.id,
    title: typeof data.title === 'string' ? data.title : '',
    type: appointmentTypes.find((type) => type === data.type) ?? 'other',
    place: typeof data.place === 'string' ? data.place : '',
    startsAt: dateOf(data.startsAt),
    endsAt: dateOf(data.endsAt),
  };
}

const readAll = (snapshot: QuerySnapshot) => snapshot.docs.map(readAppointment);

/**
 * The space's appointments starting in [from, to) (or from `from` on), live, soonest first.
 * The client reads its own space only; it never writes here.
 * Index: appointments (collection) startsAt asc — single field.
 */
export function useSpaceAppointments(from: Date, to: Date | null) {
  const { tenantId, clientId } = useSpaceIds();
  const source = useMemo(
    () =>
      clientId
        ? query(
            collection(db, 'tenants', tenantId, 'clients', clientId, 'appointments'),
            where('startsAt', '>=', Timestamp.fromDate(from)),
            ...(to ? [where('startsAt', '<', Timestamp.fromDate(to))] : []),
            orderBy('startsAt'),
            limit(UPCOMING_LIMIT),
          )
        : null,
    [tenantId, clientId, from, to],
  );
  return useLiveQuery(
    ['space-appointments', tenantId, clientId, from.getTime(), to?.getTime() ?? null],
    source,
    readAll,
  );
}
