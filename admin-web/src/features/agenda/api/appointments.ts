import { useMemo } from 'react';
import {
  addDoc,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  limit,
  orderBy,
  query,
  serverTimestamp,
  Timestamp,
  updateDoc,
  where,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import {
  appointmentInstants,
  appointmentTypes,
  type AppointmentInput,
  type AppointmentType,
} from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

export interface Appointment {
  id: string;
  clientId: string;
  clientName: string;
  title: string;
  type: AppointmentType;
  place: string;
  propertyId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** Appointments a client file shows: the latest ones, up to this many. */
export const FILE_APPOINTMENTS = 50;
/** An agenda week holds at most this many (one query, one page). */
export const AGENDA_LIMIT = 300;

const appointmentsRef = (tenantId: string, clientId: string) =>
  collection(db, 'tenants', tenantId, 'clients', clientId, 'appointments');

function dateOf(value: unknown): Date {
  const toDate = (value as { toDate?: () => Date } | null)?.toDate;
  return typeof toDate === 'function' ? toDate.call(value) : new Date(0);
}

export function readAppointment(doc: QueryDocumentSnapshot): Appointment {
  const data = doc.data();
  return {
    id: doc.id,
    clientId: typeof data.clientId === 'string' ? data.clientId : (doc.ref.parent.parent?.id ?? ''),
    clientName: typeof data.clientName === 'string' ? data.clientName : '',
    title: typeof data.title === 'string' ? data.title : '',
    type: appointmentTypes.find((type) => type === data.type) ?? 'other',
    place: typeof data.place === 'string' ? data.place : '',
    propertyId: typeof data.propertyId === 'string' ? data.propertyId : null,
    startsAt: dateOf(data.startsAt),
    endsAt: dateOf(data.endsAt),
  };
}

const readAll = (snapshot: QuerySnapshot) => snapshot.docs.map(readAppointment);

/**
 * One client's appointments, live, latest first.
 * Index: appointments (collection) startsAt desc — single field.
 */
export function useClientAppointments(clientId: string) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () =>
      query(
        appointmentsRef(tenantId, clientId),
        orderBy('startsAt', 'desc'),
        limit(FILE_APPOINTMENTS),
      ),
    [tenantId, clientId],
  );
  return useLiveQuery(['appointments', tenantId, clientId], source, readAll);
}

/**
 * Every client's appointments between two instants, for the hunter's agenda: a collection-group
 * query bounded by the tenant (the rules demand it) and the dates.
 * Index: appointments (collection group) tenantId ==, startsAt asc.
 */
export function useAgenda(from: Date, to: Date, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(
    () =>
      enabled
        ? query(
            collectionGroup(db, 'appointments'),
            where('tenantId', '==', tenantId),
            where('startsAt', '>=', Timestamp.fromDate(from)),
            where('startsAt', '<', Timestamp.fromDate(to)),
            orderBy('startsAt'),
            limit(AGENDA_LIMIT),
          )
        : null,
    [tenantId, from, to, enabled],
  );
  return useLiveQuery(['agenda', tenantId, from.getTime(), to.getTime()], source, readAll);
}

function fields(tenantId: string, clientId: string, clientName: string, input: AppointmentInput) {
  const { startsAt, endsAt } = appointmentInstants(input);
  return {
    tenantId,
    clientId,
    clientName,
    title: input.title,
    type: input.type,
    place: input.place,
    propertyId: input.propertyId,
    startsAt: Timestamp.fromDate(startsAt),
    endsAt: Timestamp.fromDate(endsAt),
    updatedAt: serverTimestamp(),
  };
}

export async function createAppointment(
  tenantId: string,
  clientId: string,
  clientName: string,
  uid: string,
  input: AppointmentInput,
) {
  await addDoc(appointmentsRef(tenantId, clientId), {
    ...fields(tenantId, clientId, clientName, input),
    createdBy: uid,
    createdAt: serverTimestamp(),
  });
}

export async function updateAppointment(
  tenantId: string,
  clientId: string,
  clientName: string,
  id: string,
  input: AppointmentInput,
) {
  await updateDoc(doc(appointmentsRef(tenantId, clientId), id), {
    ...fields(tenantId, clientId, clientName, input),
  });
}

export async function deleteAppointment(tenantId: string, clientId: string, id: string) {
  await deleteDoc(doc(appointmentsRef(tenantId, clientId), id));
}
