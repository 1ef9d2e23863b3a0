import { FieldValue } from 'firebase-admin/firestore';
import { exampleProperties } from '@portail/shared';
import { db } from '../admin.js';

/**
 * T1: a sandbox starts with example properties (marked `example: true`), so that an agency trying
 * the product has something to assign and publish from its first minute. Written again after each
 * purge; ids are fixed, so writing twice leaves one copy.
 */
export async function writeExampleProperties(tenantId: string): Promise<number> {
  const batch = db.batch();
  for (const { id, privateNote, sourceUrl, ...visible } of exampleProperties) {
    const ref = db.doc(`tenants/${tenantId}/properties/example-${id}`);
    batch.set(ref, {
      ...visible,
      photos: [],
      example: true,
      createdAt: FieldValue.serverTimestamp(),
    });
    batch.set(ref.collection('private').doc('details'), {
      note: privateNote,
      sourceUrl,
      showSourceToClient: false,
    });
  }
  await batch.commit();
  return exampleProperties.length;
}
