// T5 / L4 deletion against the running stack: Firestore, Storage (fake-gcs-server) and Auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore, type DocumentReference } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import { expectCode, Sessions, tokenOf, waitForMails } from '../support/calls.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const signedIn = (who: TestStaff) => sessions.signedIn(who.email, who.password, who.tenantId);

async function firstLoginToken(address: string): Promise<string> {
  const [mail] = await waitForMails(address);
  return tokenOf(mail);
}

let tenantId: string;
let admin: WebClient;
let collaborator: WebClient;
let otherAdmin: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  const otherTenant = await createTenant();
  const a = await createStaff(tenantId, 'admin');
  const c = await createStaff(tenantId, 'collaborator');
  const o = await createStaff(otherTenant, 'owner');
  [admin, collaborator, otherAdmin] = await Promise.all([signedIn(a), signedIn(c), signedIn(o)]);
  const bucket = defaultBucket(adminApp());
  const [exists] = await bucket.exists();
  if (!exists) await bucket.create();
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** An active client with a couple of logins and a little of everything under it. */
async function seededClient() {
  const email = `${uniqueId('doomed')}@example.test`;
  const partner = `${uniqueId('partner')}@example.test`;
  const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Paul',
    lastName: 'Durand',
    email,
  });
  await admin.call(callableNames.inviteClient, { clientId });
  await sessions.anonymous().call(callableNames.completeFirstLogin, {
    token: await firstLoginToken(email),
    password: 'pass-1234',
  });
  const { uid: partnerUid } = await admin.call<{ uid: string }>(callableNames.addClientLogin, {
    clientId,
    email: partner,
    displayName: 'Julie Durand',
  });
  await firstLoginToken(partner); // invited, link left unused

  const ref = db.doc(`tenants/${tenantId}/clients/${clientId}`);
  const messages = ref.collection('messages');
  for (let start = 0; start < 450; start += 150) {
    const batch = db.batch();
    for (let i = start; i < start + 150; i++) {
      batch.set(messages.doc(), { text: `message ${i}`, fromClient: i % 2 === 0, createdAt: i });
    }
    await batch.commit();
  }
  await ref.collection('assignments').doc('p1').set({ propertyId: 'p1', stage: 'new' });
  // The card's history entry is the recordMove trigger's: wait for it, so the counts are exact.
  const history = ref.collection('assignments').doc('p1').collection('history');
  await waitUntil(
    async () => (await history.count().get()).data().count === 1,
    'the history entry',
  );
  await ref.collection('appointments').add({ title: 'Visite' });
  await ref.collection('pois').add({ name: 'École' });
  await ref.collection('private').doc('notes').set({ note: 'Budget serré', feeAmount: 5000 });
  await ref.collection('reports').add({ comment: 'Lumineux' });
  const storagePath = `tenants/${tenantId}/clients/${clientId}/documents/offre.pdf`;
  await defaultBucket(adminApp()).file(storagePath).save(Buffer.from('%PDF-1.4 test'));
  await ref.collection('documents').add({ name: 'offre.pdf', storagePath });
  const mandate = await db.collection(`tenants/${tenantId}/mandates`).add({
    clientId,
    number: 1,
    retainUntil: '2036-01-01',
  });
  const uids = (await ref.get()).get('loginUids') as string[];
  return { clientId, email, partner, partnerUid, ref, storagePath, mandate, uids };
}

async function subcollectionCount(ref: DocumentReference): Promise<number> {
  let total = 0;
  for (const collection of await ref.listCollections()) {
    total += (await collection.count().get()).data().count;
  }
  return total;
}

describe('deleteClient', () => {
  it('is refused to collaborators and to another tenant, changing nothing', async () => {
    const { clientId, ref, email } = await seededClient();
    const before = await subcollectionCount(ref);
    await expectCode(
      collaborator.call(callableNames.deleteClient, { clientId }),
      'functions/permission-denied',
      'Seul un administrateur peut supprimer un client.',
    );
    await expectCode(
      otherAdmin.call(callableNames.deleteClient, { clientId }),
      'functions/not-found',
      'Client introuvable.',
    );
    await expectCode(
      admin.call(callableNames.deleteClient, { clientId: 'a/b' }),
      'functions/invalid-argument',
    );
    expect((await ref.get()).get('status')).toBe('active');
    expect(await subcollectionCount(ref)).toBe(before);
    expect((await (await poolAuth(tenantId)).getUserByEmail(email)).disabled).toBe(false);
  });

  it('removes the client, everything under it, its files and logins; keeps mandates', async () => {
    const seeded = await seededClient();
    const { clientId, ref } = seeded;
    expect(await subcollectionCount(ref)).toBeGreaterThan(450);
    const pendingInvites = await db
      .collection('invites')
      .where('uid', '==', seeded.partnerUid)
      .get();
    expect(pendingInvites.size).toBe(1);

    const result = await admin.call<{ deleted: boolean; documents: number; files: number }>(
      callableNames.deleteClient,
      { clientId },
    );
    expect(result).toMatchObject({ deleted: true, files: 1 });
    expect(result.documents).toBe(450 + 1 + 1 + 1 + 1 + 1 + 1 + 1);

    expect((await ref.get()).exists).toBe(false);
    expect(await ref.listCollections()).toEqual([]);
    const [fileExists] = await defaultBucket(adminApp()).file(seeded.storagePath).exists();
    expect(fileExists).toBe(false);
    for (const uid of seeded.uids) {
      await expect((await poolAuth(tenantId)).getUser(uid)).rejects.toMatchObject({
        code: 'auth/user-not-found',
      });
    }
    for (const address of [seeded.email, seeded.partner]) {
      expect((await db.doc(`tenants/${tenantId}/clientEmails/${address}`).get()).exists).toBe(
        false,
      );
    }
    expect((await db.collection('invites').where('uid', '==', seeded.partnerUid).get()).size).toBe(
      0,
    );
    expect((await seeded.mandate.get()).get('clientId')).toBe(clientId);
    const audit = await db
      .collection(`tenants/${tenantId}/audit`)
      .where('targetId', '==', clientId)
      .where('action', '==', 'client.deleted')
      .get();
    expect(audit.size).toBe(1);

    // The e-mail is free again: the same person can come back as a new contact.
    const again = await admin.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Paul',
      lastName: 'Durand',
      email: seeded.email,
    });
    expect(again.clientId).not.toBe(clientId);
    await admin.call(callableNames.inviteClient, { clientId: again.clientId });
  });

  it('finishes a deletion that stopped half-way', async () => {
    const { clientId, ref } = await seededClient();
    // As if a first run had marked the client and deleted part of the messages before dying.
    await ref.update({ status: 'deleting' });
    const some = await ref.collection('messages').limit(100).get();
    const batch = db.batch();
    some.docs.forEach((doc) => batch.delete(doc.ref));
    await batch.commit();

    const result = await admin.call<{ documents: number }>(callableNames.deleteClient, {
      clientId,
    });
    expect(result.documents).toBe(350 + 7);
    expect((await ref.get()).exists).toBe(false);
    expect(await ref.listCollections()).toEqual([]);
    // Nothing left to do.
    await expectCode(admin.call(callableNames.deleteClient, { clientId }), 'functions/not-found');
  });
});
