import { afterAll, describe, expect, it } from 'vitest';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';

const db = getFirestore(adminApp());
afterAll(closeAdminApps);

describe('smoke: firebase-admin against the Firestore emulator', () => {
  it('writes, reads back and queries documents', async () => {
    const collection = db.collection(uniqueId('smoke-admin'));
    await collection.doc('a').set({ city: 'Lyon', price: 250_000 });
    await collection.doc('b').set({ city: 'Lyon', price: 410_000 });
    await collection.doc('c').set({ city: 'Paris', price: 390_000 });

    expect((await collection.doc('a').get()).data()).toEqual({ city: 'Lyon', price: 250_000 });
    const lyonUnder400k = await collection
      .where('city', '==', 'Lyon')
      .where('price', '<', 400_000)
      .get();
    expect(lyonUnder400k.docs.map((doc) => doc.id)).toEqual(['a']);
  });

  it('runs a transaction that sees and updates a counter atomically', async () => {
    const ref = db.collection(uniqueId('smoke-tx')).doc('counter');
    await ref.set({ count: 0 });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        db.runTransaction(async (tx) => {
          const snapshot = await tx.get(ref);
          tx.update(ref, { count: (snapshot.get('count') as number) + 1 });
        }),
      ),
    );
    expect((await ref.get()).get('count')).toBe(5);
    await ref.update({ count: FieldValue.increment(2) });
    expect((await ref.get()).get('count')).toBe(7);
  });
});
