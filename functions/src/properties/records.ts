import { FieldValue } from 'firebase-admin/firestore';
import {
  propertyDetails,
  propertyPhotosPrefix,
  propertyStoredFields,
  type PropertyFields,
  type PropertyLocation,
} from '@portail/shared';
import { db } from '../admin.js';

export const propertyPath = (tenantId: string, propertyId: string) =>
  `tenants/${tenantId}/properties/${propertyId}`;
export const detailsPath = (tenantId: string, propertyId: string) =>
  `${propertyPath(tenantId, propertyId)}/private/details`;
export const photosPrefix = propertyPhotosPrefix;

export function propertyDocument(fields: PropertyFields, located: PropertyLocation | null) {
  return { ...propertyStoredFields(fields, located), updatedAt: FieldValue.serverTimestamp() };
}

export const detailsDocument = propertyDetails;

/** A new property as the sandbox examples create it (saveProperty does the same in a transaction). */
export async function createPropertyRecord(
  tenantId: string,
  propertyId: string,
  fields: PropertyFields,
  located: PropertyLocation | null,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const batch = db.batch();
  batch.set(db.doc(propertyPath(tenantId, propertyId)), {
    ...propertyDocument(fields, located),
    photos: [],
    createdAt: FieldValue.serverTimestamp(),
    ...extra,
  });
  batch.set(db.doc(detailsPath(tenantId, propertyId)), detailsDocument(fields));
  await batch.commit();
}
