import { useMutation } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import type { GrantGuestAccessInput } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callDossierFunction } from './dossierCall.js';

export interface GuestRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  expiresAt: number;
  revoked: boolean;
  /** As of when the list was read. */
  expired: boolean;
}

const millis = (value: unknown) => (value as { toMillis?: () => number })?.toMillis?.() ?? 0;

/** A dossier's guests, newest first (one page: a dossier has few). */
export function useGuests(dossierId: string) {
  const { tenantId } = useTenant();
  return useLiveQuery(
    ['dossiers', tenantId, 'guests', dossierId],
    query(
      collection(db, 'tenants', tenantId, 'dossiers', dossierId, 'guests'),
      orderBy('createdAt', 'desc'),
      limit(50),
    ),
    (snapshot) =>
      snapshot.docs.map((doc): GuestRow => ({
        id: doc.id,
        email: String(doc.get('email') ?? ''),
        firstName: String(doc.get('firstName') ?? ''),
        lastName: String(doc.get('lastName') ?? ''),
        expiresAt: millis(doc.get('expiresAt')),
        revoked: Boolean(doc.get('revokedAt')),
        expired: millis(doc.get('expiresAt')) <= Date.now(),
      })),
  );
}

export function useGrantGuest() {
  return useMutation({
    mutationFn: (input: GrantGuestAccessInput) =>
      callDossierFunction<{ guestId: string }>('grantGuestAccess', input),
  });
}

export function useRevokeGuest(dossierId: string) {
  return useMutation({
    mutationFn: (guestId: string) =>
      callDossierFunction<{ revoked: boolean }>('revokeGuestAccess', { dossierId, guestId }),
  });
}
