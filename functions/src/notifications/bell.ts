import { FieldValue } from 'firebase-admin/firestore';
import type { EmailEvent } from '@portail/shared';
import { db } from '../admin.js';

export interface BellRing {
  event: EmailEvent;
  title: string;
  /** A route of the recipient's app. */
  link: string;
}

const ALREADY_EXISTS = 6;

/**
 * Adds one item to a person's bell and counts it, in one batch: the item is written with
 * `create` under an id that comes from the event (its e-mail entry's), so an event handled twice
 * fails the whole batch and the counter never runs ahead of the items. No read, hence no
 * transaction contention when the cards of one "Publier" all ring the same bell at once.
 * Returns whether an item was added.
 */
export async function ringBell(
  tenantId: string,
  uid: string,
  id: string,
  ring: BellRing,
): Promise<boolean> {
  const bell = db.doc(`tenants/${tenantId}/bell/${uid}`);
  const batch = db.batch();
  batch.create(bell.collection('items').doc(id), {
    ...ring,
    createdAt: FieldValue.serverTimestamp(),
    readAt: null,
  });
  batch.set(
    bell,
    { unread: FieldValue.increment(1), updatedAt: FieldValue.serverTimestamp() },
    { merge: true },
  );
  try {
    await batch.commit();
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === ALREADY_EXISTS) return false;
    throw error;
  }
}
