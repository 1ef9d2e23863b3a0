import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../admin.js';
import { currentRouting } from '../geo/instances.js';
import { refreshTravelTimes } from './refresh.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A point added, moved or deleted: its times against every published property. */
export const travelTimesOnPoi = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/pois/{poiId}',
  async (event) => {
    const before = event.data?.before;
    const after = event.data?.after;
    // A renamed point has the same times: nothing to do.
    if (before?.exists && after?.exists && same(before.get('location'), after.get('location'))) {
      return;
    }
    const { tenantId, clientId, poiId } = event.params;
    await refreshTravelTimes({ db, routing: currentRouting() }, tenantId, clientId, { poiId });
  },
);

/**
 * A property published or withdrawn, deleted, or moved (the property's own location change
 * reaches every assignment's copy through syncPropertySnapshots). Stage moves change neither.
 */
export const travelTimesOnAssignment = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/assignments/{propertyId}',
  async (event) => {
    const before = event.data?.before;
    const after = event.data?.after;
    const published = (doc: typeof before) => doc?.exists === true && doc.get('published') === true;
    if (
      published(before) === published(after) &&
      same(before?.get('property.location'), after?.get('property.location'))
    ) {
      return;
    }
    const { tenantId, clientId, propertyId } = event.params;
    await refreshTravelTimes({ db, routing: currentRouting() }, tenantId, clientId, {
      propertyId,
    });
  },
);
