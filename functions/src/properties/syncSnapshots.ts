import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { clientSnapshot, type PropertyRecord } from '@portail/shared';
import { db } from '../admin.js';
import { detailsPath, propertyPath } from './records.js';

const PAGE = 300;

/**
 * Keeps every client's copy of a property in step with it (H3): its snapshot, and the source link
 * only while "show to the client" is on. Both the property and its private details trigger it; it
 * rewrites from the documents as they are now, so late or repeated events leave the right copy.
 */
async function syncProperty(tenantId: string, propertyId: string): Promise<void> {
  const [property, details] = await Promise.all([
    db.doc(propertyPath(tenantId, propertyId)).get(),
    db.doc(detailsPath(tenantId, propertyId)).get(),
  ]);
  if (!property.exists) return;
  const snapshot = clientSnapshot(property.data() as PropertyRecord);
  const sourceUrl =
    details.get('showSourceToClient') === true
      ? String(details.get('sourceUrl') ?? '') || null
      : null;
  const wanted = JSON.stringify(snapshot);
  let last: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = db
      .collectionGroup('assignments')
      .where('tenantId', '==', tenantId)
      .where('propertyId', '==', propertyId)
      .orderBy('clientId')
      .limit(PAGE);
    if (last) query = query.startAfter(last);
    const page = await query.get();
    const batch = db.batch();
    let changes = 0;
    for (const assignment of page.docs) {
      const same =
        JSON.stringify(assignment.get('property')) === wanted &&
        (assignment.get('sourceUrl') ?? null) === sourceUrl;
      if (same) continue;
      batch.update(assignment.ref, { property: snapshot, sourceUrl });
      changes++;
    }
    if (changes > 0) await batch.commit();
    if (page.size < PAGE) return;
    last = page.docs.at(-1);
  }
}

export const syncPropertySnapshots = onDocumentWritten(
  'tenants/{tenantId}/properties/{propertyId}',
  (event) => syncProperty(event.params.tenantId, event.params.propertyId),
);

export const syncPropertySource = onDocumentWritten(
  'tenants/{tenantId}/properties/{propertyId}/private/details',
  (event) => syncProperty(event.params.tenantId, event.params.propertyId),
);
