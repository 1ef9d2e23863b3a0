import type { CollectionReference } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { defaultBucket } from '../storage.js';

/** Below Firestore's 500 writes per batch, with room to spare. */
export const DELETE_BATCH_SIZE = 400;

/**
 * Deletes a collection page by page (nested subcollections first), each page one batch. Every page
 * is queried afresh, so a run that stopped half-way is simply continued by the next one.
 */
export async function deleteCollection(collection: CollectionReference): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await collection.select().limit(DELETE_BATCH_SIZE).get();
    if (page.empty) return deleted;
    const nested = await Promise.all(page.docs.map((doc) => doc.ref.listCollections()));
    for (const collections of nested) {
      for (const sub of collections) deleted += await deleteCollection(sub);
    }
    const batch = db.batch();
    for (const doc of page.docs) batch.delete(doc.ref);
    await batch.commit();
    deleted += page.size;
  }
}

/** Deletes the files under `prefix`; a missing bucket or file is nothing to delete. */
export async function deleteFiles(prefix: string): Promise<number> {
  const bucket = defaultBucket();
  let deleted = 0;
  for (;;) {
    let files;
    try {
      [files] = await bucket.getFiles({
        prefix,
        maxResults: DELETE_BATCH_SIZE,
        autoPaginate: false,
      });
    } catch (error) {
      if ((error as { code?: number }).code === 404) return deleted;
      throw error;
    }
    if (files.length === 0) return deleted;
    await Promise.all(files.map((file) => file.delete({ ignoreNotFound: true })));
    deleted += files.length;
  }
}
