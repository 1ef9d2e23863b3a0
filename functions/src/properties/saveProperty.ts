import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  savePropertyInput,
  type PropertyFields,
  type PropertyLocation,
  type SavePropertyResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { locateProperty } from './locate.js';
import { detailsDocument, detailsPath, propertyDocument, propertyPath } from './records.js';

const sameAddress = (stored: FirebaseFirestore.DocumentData | undefined, fields: PropertyFields) =>
  !!stored &&
  stored.addressPrecision === fields.addressPrecision &&
  JSON.stringify(stored.address) === JSON.stringify(fields.address);

/**
 * H2: creates or edits a property (off-market or from the aggregator). The input is parsed with
 * the shared schema, the address geocoded at the precision the hunter chose, the search keywords
 * computed, and the property and its private details written together. A geocoder that is down
 * does not stop the save: the property is kept without a location and the answer says so.
 */
export const saveProperty = onCall(async (request): Promise<SavePropertyResult> => {
  const caller = await requireStaff(request);
  const { propertyId, fields } = parseInput(savePropertyInput, request.data);
  const ref = propertyId
    ? db.doc(propertyPath(caller.tenantId, propertyId))
    : db.collection(`tenants/${caller.tenantId}/properties`).doc();

  const stored = propertyId ? (await ref.get()).data() : undefined;
  if (propertyId && !stored) throw new HttpsError('not-found', 'Bien introuvable.');
  let located: PropertyLocation | null;
  let geocode: SavePropertyResult['geocode'];
  // Same address, already placed: no new lookup (an address never placed is tried again).
  if (stored && sameAddress(stored, fields) && stored.location) {
    located = stored.location ? { location: stored.location, geocode: stored.geocode } : null;
    geocode = { status: 'unchanged' };
  } else {
    const found = await locateProperty(fields);
    located = typeof found === 'string' ? null : found;
    geocode =
      typeof found === 'string'
        ? { status: found }
        : { status: 'found', label: found.geocode.label, precision: found.geocode.precision };
  }

  await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (propertyId && !current.exists) throw new HttpsError('not-found', 'Bien introuvable.');
    const data = propertyDocument(fields, located);
    if (current.exists) tx.update(ref, data);
    else {
      tx.create(ref, {
        ...data,
        photos: [],
        createdAt: FieldValue.serverTimestamp(),
        createdBy: caller.uid,
      });
    }
    tx.set(db.doc(detailsPath(caller.tenantId, ref.id)), detailsDocument(fields));
    writeAudit(
      caller.tenantId,
      {
        action: current.exists ? 'property.updated' : 'property.created',
        actorUid: caller.uid,
        targetId: ref.id,
      },
      tx,
    );
  });
  return { propertyId: ref.id, geocode };
});
