import { logger } from 'firebase-functions/v2';
import { HttpsError } from 'firebase-functions/v2/https';
import {
  listingPropertyMessages,
  listingToPropertyFields,
  propertyFieldsSchema,
  type Listing,
  type ListingPropertyResult,
  type PropertyPhoto,
} from '@portail/shared';
import { db } from '../../admin.js';
import { writeAudit } from '../../common/audit.js';
import { locateProperty } from '../../properties/locate.js';
import { storePhoto } from '../../properties/photoFiles.js';
import { createPropertyRecord } from '../../properties/records.js';
import type { AggregatorConfig } from './config.js';
import { fetchListingPhoto } from './portalHttp.js';

/** Photos copied from a listing at most: the hunter adds the others by hand if they matter. */
export const LISTING_PHOTOS_COPIED = 10;
const PARALLEL_PHOTOS = 3;

async function copyPhotos(
  tenantId: string,
  propertyId: string,
  listing: Listing,
  config: AggregatorConfig,
): Promise<{ photos: PropertyPhoto[]; failed: number }> {
  const urls = listing.photos.slice(0, LISTING_PHOTOS_COPIED);
  const copied: (PropertyPhoto | null)[] = new Array(urls.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      try {
        const { bytes, type } = await fetchListingPhoto(urls[index]!, listing.portal, config);
        const stored = await storePhoto(tenantId, propertyId, bytes, type);
        copied[index] = { id: stored.id, width: stored.width, height: stored.height };
      } catch (error) {
        // A photo the portal no longer serves does not stop the property: it is counted.
        logger.info('listing photo not copied', {
          portal: listing.portal,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PHOTOS, urls.length) }, worker));
  const photos = copied.filter((photo): photo is PropertyPhoto => photo !== null);
  return { photos, failed: urls.length - photos.length };
}

/**
 * A3/A5: a listing becomes one of the agency's properties, as `saveProperty` would make it
 * (geocoded at the postal code's town, search keywords), with the listing's photos copied into
 * Storage (the portal's links are not kept: they break when the listing goes).
 */
export async function createPropertyFromListing(
  tenantId: string,
  uid: string,
  listing: Listing,
  config: AggregatorConfig,
  origin: { inboxEntryId?: string } = {},
): Promise<ListingPropertyResult> {
  const mapped = listingToPropertyFields(listing);
  if (!mapped.ok) {
    throw new HttpsError('failed-precondition', listingPropertyMessages[mapped.problem], {
      code: `aggregator/${mapped.problem}`,
    });
  }
  const fields = propertyFieldsSchema.parse(mapped.fields);
  const ref = db.collection(`tenants/${tenantId}/properties`).doc();
  const [found, { photos, failed }] = await Promise.all([
    locateProperty(fields),
    copyPhotos(tenantId, ref.id, listing, config),
  ]);
  await createPropertyRecord(tenantId, ref.id, fields, typeof found === 'string' ? null : found, {
    photos,
    createdBy: uid,
  });
  await writeAudit(tenantId, {
    action: 'property.created',
    actorUid: uid,
    targetId: ref.id,
    details: { from: origin.inboxEntryId ? 'inbox' : 'link', portal: listing.portal },
  });
  return { propertyId: ref.id, photosCopied: photos.length, photosFailed: failed };
}
