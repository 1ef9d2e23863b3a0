import { useMemo } from 'react';
import { doc, type DocumentSnapshot } from 'firebase/firestore';
import type { PropertyRecord } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { useMounted } from './useMounted.js';

export interface PropertyDetails {
  note: string;
  sourceUrl: string;
  showSourceToClient: boolean;
}

// Live keys stay outside `propertiesKey`: invalidating a live query would hand it back its first
// snapshot (useLiveQuery's query function), not the current one.

/** The property followed live: its photos change under the editor (uploads, other tabs). */
export function useProperty(propertyId: string | null) {
  const { tenantId } = useTenant();
  const mounted = useMounted();
  const ref = useMemo(
    () => (mounted && propertyId ? doc(db, 'tenants', tenantId, 'properties', propertyId) : null),
    [mounted, tenantId, propertyId],
  );
  return useLiveQuery<PropertyRecord | null, DocumentSnapshot>(
    ['property-live', tenantId, propertyId],
    ref,
    (snapshot) => {
      if (!snapshot.exists()) return null;
      const data = snapshot.data() as Partial<PropertyRecord>;
      return { ...(data as PropertyRecord), photos: data.photos ?? [] };
    },
  );
}

/** The private details (note, source link and its toggle), never copied to a client. */
export function usePropertyDetails(propertyId: string | null) {
  const { tenantId } = useTenant();
  const mounted = useMounted();
  const ref = useMemo(
    () =>
      mounted && propertyId
        ? doc(db, 'tenants', tenantId, 'properties', propertyId, 'private', 'details')
        : null,
    [mounted, tenantId, propertyId],
  );
  return useLiveQuery<PropertyDetails, DocumentSnapshot>(
    ['property-details-live', tenantId, propertyId],
    ref,
    (snapshot) => ({
      note: String(snapshot.get('note') ?? ''),
      sourceUrl: String(snapshot.get('sourceUrl') ?? ''),
      showSourceToClient: snapshot.get('showSourceToClient') === true,
    }),
  );
}
