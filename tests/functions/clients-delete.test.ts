// T5 / L4 deletion against the running stack: Firestore, Storage (fake-gcs-server) and Auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore, Timestamp, type DocumentReference } from 'firebase-admin/firestore';
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
  await admin.call(callableNames.addClientLogin, {
    clientId,
    email: partner,
    displayName: 'Julie Durand',
  });
  await firstLoginToken(partner); // invited, link left unused
  const partnerUid = (await (await poolAuth(tenantId)).getUserByEmail(partner)).uid;

  const ref = db.doc(`tenants/${tenantId}/clients/${clientId}`);
  // More than one deletion batch, in a subcollection no trigger watches (the message triggers
  // would run 450 times for nothing).
  const reports = ref.collection('reports');
  for (let start = 0; start < 450; start += 150) {
    const batch = db.batch();
    for (let i = start; i < start + 150; i++) {
      batch.set(reports.doc(), { comment: `visite ${i}`, createdAt: Timestamp.fromMillis(i) });
    }
    await batch.commit();
  }
  const message = await ref.collection('messages').add({
    authorUid: 'staff',
    fromClient: false,
    text: 'Bonjour',
    createdAt: Timestamp.now(),
  });
  // Counted by its trigger (which also writes the logins' read states): the counts are then final.
  await waitUntil(async () => (await message.get()).get('countedAt') != null, 'the message count');
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

/** Every document under `ref`, at any depth: what deleteClient reports as `documents`. */
async function documentsUnder(ref: DocumentReference): Promise<number> {
  let total = 0;
  for (const collection of await ref.listCollections()) {
    for (const doc of (await collection.get()).docs) total += 1 + (await documentsUnder(doc.ref));
  }
  return total;
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
    const under = await documentsUnder(ref);
    expect(under).toBeGreaterThan(450 + 7);

    const result = await admin.call<{ deleted: boolean; documents: number; files: number }>(
      callableNames.deleteClient,
      { clientId },
    );
    expect(result).toMatchObject({ deleted: true, files: 1 });
    expect(result.documents).toBe(under);

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

  it('leaves nothing of the client anywhere in the tenant but its mandates', async () => {
    const seeded = await seededClient();
    const { clientId } = seeded;
    const tenant = db.doc(`tenants/${tenantId}`);
    const bucket = defaultBucket(adminApp());
    // Everything outside the client's document that names it (docs/data-model.md): a dossier with
    // files under its own prefix and listed elsewhere, a deal, the e-mails (outbox and their
    // "Envois" copies, written by the sender), the audit entries, the links.
    const dossier = tenant.collection('dossiers').doc();
    const dossierFile = `tenants/${tenantId}/dossiers/${dossier.id}/compromis.pdf`;
    const listedFile = `tenants/${tenantId}/uploads/${clientId}-avis.pdf`;
    await bucket.file(dossierFile).save(Buffer.from('%PDF-1.4 dossier'));
    await bucket.file(listedFile).save(Buffer.from('%PDF-1.4 listed'));
    await dossier.set({
      title: 'Achat',
      clientId,
      published: true,
      files: [{ name: 'compromis.pdf', storagePath: dossierFile }, { storagePath: listedFile }],
      amount: 1000,
      paid: false,
    });
    await dossier.collection('notes').add({ text: 'Relancer le notaire' });
    // On a property without a card: the deal triggers, which follow the cards, leave it alone.
    await tenant.collection('deals').doc(`${clientId}_p9`).set({ clientId, propertyId: 'p9' });
    // Another client's, which must stay.
    const other = await admin.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Autre',
      lastName: 'Client',
      email: `${uniqueId('other')}@example.test`,
    });
    const otherDossier = await tenant.collection('dossiers').add({ clientId: other.clientId });
    const otherDeal = tenant.collection('deals').doc(`${other.clientId}_p9`);
    await otherDeal.set({ clientId: other.clientId, propertyId: 'p9' });
    // The invitations delivered (and copied to outboxLog), so no sender is still writing.
    await waitUntil(
      async () => {
        const sent = await tenant
          .collection('outbox')
          .where('to', 'array-contains-any', [seeded.email, seeded.partner])
          .get();
        return sent.size >= 2 && sent.docs.every((doc) => doc.get('delivery.state') === 'SUCCESS');
      },
      'the invitations delivered',
      60_000,
    );

    const names = [clientId, seeded.email, seeded.partner, ...seeded.uids];
    const mentions = (data: unknown) => names.filter((name) => JSON.stringify(data).includes(name));
    /** Every document under the tenant (and the links) that names the client, by path. */
    async function traces(): Promise<string[]> {
      const found: string[] = [];
      const visit = async (ref: DocumentReference) => {
        for (const collection of await ref.listCollections()) {
          for (const doc of (await collection.get()).docs) {
            if (mentions(doc.data()).length > 0 || doc.id.includes(clientId))
              found.push(doc.ref.path);
            await visit(doc.ref);
          }
        }
      };
      await visit(tenant);
      for (const invite of (await db.collection('invites').where('tenantId', '==', tenantId).get())
        .docs) {
        if (mentions(invite.data()).length > 0) found.push(invite.ref.path);
      }
      return found.sort();
    }
    const before = await traces();
    for (const collection of ['dossiers', 'deals', 'outbox', 'outboxLog', 'audit', 'mandates']) {
      expect(
        before.some((path) => path.includes(`/${collection}/`)),
        collection,
      ).toBe(true);
    }
    expect(before.some((path) => path.startsWith('invites/'))).toBe(true);

    await admin.call(callableNames.deleteClient, { clientId });

    // Left: the mandate (kept ten years) and the deletion's own audit entry, which keeps counts.
    const deletion = await tenant
      .collection('audit')
      .where('targetId', '==', clientId)
      .where('action', '==', 'client.deleted')
      .get();
    expect(deletion.size).toBe(1);
    expect(mentions(deletion.docs[0]!.data())).toEqual([clientId]);
    expect(await traces()).toEqual([seeded.mandate.path, deletion.docs[0]!.ref.path].sort());
    const [files] = await bucket.getFiles({ prefix: `tenants/${tenantId}/` });
    expect(
      files.map((file) => file.name).filter((name) => names.some((n) => name.includes(n))),
    ).toEqual([]);
    for (const path of [dossierFile, listedFile]) {
      expect((await bucket.file(path).exists())[0], path).toBe(false);
    }
    expect((await otherDossier.get()).exists).toBe(true);
    expect((await otherDeal.get()).exists).toBe(true);
  });

  it('finishes a deletion that stopped half-way', async () => {
    const { clientId, ref } = await seededClient();
    // As if a first run had marked the client and deleted part of the reports before dying.
    await ref.update({ status: 'deleting' });
    const under = await documentsUnder(ref);
    const some = await ref.collection('reports').limit(100).get();
    const batch = db.batch();
    some.docs.forEach((doc) => batch.delete(doc.ref));
    await batch.commit();

    const result = await admin.call<{ documents: number }>(callableNames.deleteClient, {
      clientId,
    });
    expect(result.documents).toBe(under - 100);
    expect((await ref.get()).exists).toBe(false);
    expect(await ref.listCollections()).toEqual([]);
    // Nothing left to do.
    await expectCode(admin.call(callableNames.deleteClient, { clientId }), 'functions/not-found');
  });
});
