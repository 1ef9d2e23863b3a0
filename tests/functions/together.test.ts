// Working together against the running stack (H6, H7, C3, C4): messages written under the rules,
// the countMessage trigger's unread counts (per client for staff, per login for a couple), their
// resets, the property a message is about, and the writes the rules refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth as getWebAuth } from 'firebase/auth';
import {
  addDoc,
  collection,
  doc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import { expectCode, newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps, waitUntil } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();

let tenantId: string;
let staff: WebClient;
let staffUid: string;
let julie: WebClient;
let marc: WebClient;
let clientId: string;

const uidOf = (web: WebClient) => getWebAuth(web.app).currentUser!.uid;
const clientPath = () => `tenants/${tenantId}/clients/${clientId}`;

async function firstLogin(email: string): Promise<WebClient> {
  const [mail] = await waitForMails(email);
  await sessions
    .anonymous()
    .call(callableNames.completeFirstLogin, { token: tokenOf(mail), password: 'pass-1234' });
  return sessions.signedIn(email, 'pass-1234', tenantId);
}

/** A message as the apps write it, by `web` in the space. */
function send(web: WebClient, text: string, propertyId: string | null = null) {
  return addDoc(collection(web.firestore(), clientPath(), 'messages'), {
    authorUid: uidOf(web),
    fromClient: web !== staff,
    text,
    propertyId,
    createdAt: serverTimestamp(),
  });
}

/** Waits for the trigger to have counted the message, and gives it back. */
async function counted(id: string) {
  return waitUntil(async () => {
    const message = await db.doc(`${clientPath()}/messages/${id}`).get();
    return message.get('countedAt') ? message : null;
  }, `message ${id} counted`);
}

const unreadForStaff = async () =>
  ((await db.doc(clientPath()).get()).get('unreadForStaff') as number | undefined) ?? 0;
const unreadFor = async (web: WebClient) =>
  ((await db.doc(`${clientPath()}/readState/${uidOf(web)}`).get()).get('unread') as
    number | undefined) ?? 0;

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  staffUid = owner.uid;
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  const julieEmail = newEmail('julie');
  ({ clientId } = await staff.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Julie',
    lastName: 'Dupont',
    email: julieEmail,
  }));
  await staff.call(callableNames.inviteClient, { clientId });
  julie = await firstLogin(julieEmail);
  const marcEmail = newEmail('marc');
  await staff.call(callableNames.addClientLogin, {
    clientId,
    email: marcEmail,
    displayName: 'Marc Dupont',
  });
  marc = await firstLogin(marcEmail);
  // The space's cards, as assignProperties and publishing leave them.
  const card = (published: boolean, title: string) => ({
    propertyId: title,
    clientId,
    tenantId,
    published,
    stage: 'new',
    property: { title, city: 'Lyon' },
  });
  await db.doc(`${clientPath()}/assignments/p-published`).set(card(true, 'T3 Croix-Rousse'));
  await db.doc(`${clientPath()}/assignments/p-draft`).set(card(false, 'Maison brouillon'));
}, 120_000);

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('countMessage', () => {
  it("counts a client's question for the staff and for the other login, with its property", async () => {
    const sent = await send(julie, 'Le T3 est-il toujours disponible ?', 'p-published');
    const message = await counted(sent.id);
    expect(message.get('property')).toEqual({ title: 'T3 Croix-Rousse', city: 'Lyon' });
    const client = (await db.doc(clientPath()).get()).data();
    expect(client).toMatchObject({
      unreadForStaff: 1,
      lastMessagePreview: 'Le T3 est-il toujours disponible ?',
      lastMessageFromClient: true,
    });
    expect((client?.lastMessageAt as Timestamp).toMillis()).toBe(
      (message.get('createdAt') as Timestamp).toMillis(),
    );
    expect(await unreadFor(marc)).toBe(1);
    // The author has read their own message.
    expect(await unreadFor(julie)).toBe(0);

    await counted((await send(marc, 'Et la cave ?')).id);
    expect(await unreadForStaff()).toBe(2);
    expect(await unreadFor(julie)).toBe(1);
    expect(await unreadFor(marc)).toBe(1);
  });

  it('resets the staff count when a member opens the conversation; a reply counts for both logins', async () => {
    await updateDoc(doc(staff.firestore(), clientPath()), {
      unreadForStaff: 0,
      staffReadAt: serverTimestamp(),
    });
    expect(await unreadForStaff()).toBe(0);
    const julieBefore = await unreadFor(julie);
    const marcBefore = await unreadFor(marc);
    await counted((await send(staff, 'Oui, visite possible samedi.')).id);
    expect(await unreadForStaff()).toBe(0);
    expect(await unreadFor(julie)).toBe(julieBefore + 1);
    expect(await unreadFor(marc)).toBe(marcBefore + 1);
    const client = (await db.doc(clientPath()).get()).data();
    expect(client).toMatchObject({
      lastMessagePreview: 'Oui, visite possible samedi.',
      lastMessageFromClient: false,
    });

    // Julie reads: her count clears, Marc's stays.
    await setDoc(doc(julie.firestore(), `${clientPath()}/readState/${uidOf(julie)}`), {
      unread: 0,
      readAt: serverTimestamp(),
    });
    expect(await unreadFor(julie)).toBe(0);
    expect(await unreadFor(marc)).toBe(marcBefore + 1);
  });

  it('shows no property for one the space does not hold, or a draft the client cannot see', async () => {
    const unknown = await counted((await send(julie, 'Et celui-ci ?', 'p-unknown')).id);
    expect(unknown.get('property')).toBeNull();
    const draft = await counted((await send(julie, 'Et la maison ?', 'p-draft')).id);
    expect(draft.get('property')).toBeNull();
    // Staff may point at a card they have not published yet.
    const staffDraft = await counted(
      (await send(staff, 'Je vous la montre bientôt.', 'p-draft')).id,
    );
    expect(staffDraft.get('property')).toEqual({ title: 'Maison brouillon', city: 'Lyon' });
  });
});

describe('refused writes change nothing', () => {
  it.each([
    ['an empty message', ''],
    ['a 100 KB message', 'x'.repeat(100_000)],
  ])('refuses %s', async (_what, text) => {
    const before = await db.collection(`${clientPath()}/messages`).count().get();
    const staffBefore = await unreadForStaff();
    await expectCode(send(julie, text), 'permission-denied');
    expect((await db.collection(`${clientPath()}/messages`).count().get()).data().count).toBe(
      before.data().count,
    );
    expect(await unreadForStaff()).toBe(staffBefore);
  });

  it('refuses a client posing as the agency, and a client raising its own count', async () => {
    await expectCode(
      addDoc(collection(julie.firestore(), clientPath(), 'messages'), {
        authorUid: staffUid,
        fromClient: false,
        text: 'Offre acceptée !',
        propertyId: null,
        createdAt: serverTimestamp(),
      }),
      'permission-denied',
    );
    await expectCode(
      setDoc(doc(julie.firestore(), `${clientPath()}/readState/${uidOf(marc)}`), {
        unread: 0,
        readAt: serverTimestamp(),
      }),
      'permission-denied',
    );
  });

  const appointment = (startsAt: string, endsAt: string) => ({
    tenantId,
    clientId,
    clientName: 'Julie Dupont',
    title: 'Visite',
    type: 'visit',
    place: 'Lyon',
    propertyId: 'p-published',
    startsAt: Timestamp.fromDate(new Date(startsAt)),
    endsAt: Timestamp.fromDate(new Date(endsAt)),
    createdBy: staffUid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });

  it('refuses an appointment ending before it starts, and any appointment from the client', async () => {
    const appointments = (web: WebClient) =>
      collection(web.firestore(), clientPath(), 'appointments');
    await expectCode(
      addDoc(appointments(staff), appointment('2026-06-15T10:00:00Z', '2026-06-15T09:00:00Z')),
      'permission-denied',
    );
    await expectCode(
      addDoc(appointments(julie), appointment('2026-06-15T09:00:00Z', '2026-06-15T10:00:00Z')),
      'permission-denied',
    );
    const planned = await addDoc(
      appointments(staff),
      appointment('2026-06-15T09:00:00Z', '2026-06-15T10:00:00Z'),
    );
    expect((await db.doc(planned.path).get()).get('tenantId')).toBe(tenantId);
    expect((await db.collection(`${clientPath()}/appointments`).count().get()).data().count).toBe(
      1,
    );
  });
});
