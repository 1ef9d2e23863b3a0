import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import { FieldValue } from 'firebase-admin/firestore';
import {
  POI_MAX_PER_CLIENT,
  poiErrorCodes,
  savePointOfInterestInput,
  type GeocodedAddress,
  type SavePointOfInterestResult,
} from '@portail/shared';
import { db } from '../admin.js';
import { currentGeocoder } from '../geo/instances.js';
import { parseInput } from '../common/validation.js';
import { poisPath, requireSpaceWriter } from './access.js';

async function geocode(address: string): Promise<GeocodedAddress> {
  let found: GeocodedAddress | null;
  try {
    found = await currentGeocoder().geocode(address);
  } catch (error) {
    logger.warn('poi geocoding failed', { reason: error instanceof Error ? error.message : error });
    throw new HttpsError(
      'unavailable',
      'Le service d’adresses est injoignable. Réessayez dans quelques instants.',
      { code: poiErrorCodes.geocoderUnavailable },
    );
  }
  if (!found) {
    throw new HttpsError(
      'invalid-argument',
      'Adresse introuvable. Vérifiez le numéro, la rue et la ville.',
      { code: poiErrorCodes.addressNotFound },
    );
  }
  return found;
}

/**
 * H9: a client (or staff for them) adds or edits a point of interest. The address is geocoded
 * with the properties' geocoder before anything is written: an unknown address stores nothing.
 * The travel-times trigger follows the write.
 */
export const savePointOfInterest = onCall(async (request): Promise<SavePointOfInterestResult> => {
  const input = parseInput(savePointOfInterestInput, request.data);
  const writer = await requireSpaceWriter(request, input.clientId);
  const collection = db.collection(poisPath(writer.tenantId, writer.clientId));
  const ref = input.poiId ? collection.doc(input.poiId) : collection.doc();

  const stored = input.poiId ? await ref.get() : null;
  if (stored && !stored.exists) {
    throw new HttpsError('not-found', 'Lieu introuvable.', { code: poiErrorCodes.notFound });
  }
  const sameAddress = stored?.get('query') === input.address;
  const found = sameAddress
    ? {
        label: String(stored!.get('address')),
        location: stored!.get('location') as GeocodedAddress['location'],
        precision: stored!.get('precision') as GeocodedAddress['precision'],
      }
    : await geocode(input.address);

  const fields = {
    type: input.type,
    name: input.name,
    query: input.address,
    address: found.label,
    location: found.location,
    precision: found.precision,
    updatedAt: FieldValue.serverTimestamp(),
  };
  await db.runTransaction(async (tx) => {
    if (stored) {
      const current = await tx.get(ref);
      if (!current.exists) {
        throw new HttpsError('not-found', 'Lieu introuvable.', { code: poiErrorCodes.notFound });
      }
      tx.update(ref, fields);
      return;
    }
    // Counted inside the transaction so two quick adds cannot both pass the limit.
    const count = await tx.get(collection.count());
    if (count.data().count >= POI_MAX_PER_CLIENT) {
      throw new HttpsError(
        'resource-exhausted',
        `${POI_MAX_PER_CLIENT} lieux au plus par espace : supprimez-en un d’abord.`,
        { code: poiErrorCodes.tooMany },
      );
    }
    tx.create(ref, { ...fields, createdBy: writer.uid, createdAt: FieldValue.serverTimestamp() });
  });
  return { poiId: ref.id, address: found.label, precision: found.precision };
});
