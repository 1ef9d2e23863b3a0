// N1 e-mail notifications against the running stack and the SMTP sink: each client move e-mails
// the hunter, a "Publier" e-mails every login once (one e-mail for a batch of ten), a trigger
// event handled twice queues nothing more, values are escaped, preferences are honoured.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addDoc,
  collection,
  doc,
  serverTimestamp,
  Timestamp as WebTimestamp,
  updateDoc,
  writeBatch,
} from 'firebase/firestore';
import { FieldValue, getFirestore, type DocumentData } from 'firebase-admin/firestore';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, testPassword, type TestStaff } from '../support/identities.js';
import { authTenantOf, poolAuth } from '../support/pools.js';
import { mailsTo, type SinkMail } from '../support/mailbox.js';
import { newEmail, Sessions } from '../support/calls.js';
import { clientMoveEmail } from '../../functions/src/notifications/clientMoveEmail.js';
import { publicationEmail } from '../../functions/src/notifications/publicationEmail.js';
import { messageEmail } from '../../functions/src/notifications/messageEmail.js';

const db = getFirestore(adminApp());
// Six agents share the machine and its emulators: triggers can take a while.
vi.setConfig({ testTimeout: 300_000 });

/** The sink's e-mails to `address` once there are `count`; patient, the stack is shared. */
const waitForMails = (address: string, count = 1) =>
  waitUntil(
    async () => {
      const mails = await mailsTo(address);
      return mails.length >= count ? mails : null;
    },
    `${count} e-mail(s) to ${address}`,
    150_000,
  );
const sessions = new Sessions();

let tenantId: string;
let owner: TestStaff;
let admin: TestStaff;
let collaborator: TestStaff;
let ownerWeb: WebClient;

/** Long enough for a trigger that would send a second e-mail to have done it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

interface Space {
  clientId: string;
  logins: { uid: string; email: string }[];
}

/** A client space as createClient + invitations + first logins leave it, with `count` logins. */
async function clientSpace(
  firstName: string,
  count: number,
  extra: DocumentData = {},
): Promise<Space> {
  const clientId = uniqueId('c');
  const auth = await poolAuth(tenantId);
  const logins: Space['logins'] = [];
  for (let i = 0; i < count; i++) {
    const email = newEmail('login');
    const user = await auth.createUser({ email, password: testPassword });
    await auth.setCustomUserClaims(user.uid, { tenantId, role: 'client', clientId });
    logins.push({ uid: user.uid, email });
  }
  await db.doc(`tenants/${tenantId}/clients/${clientId}`).set({
    firstName,
    lastName: 'Dupont',
    email: logins[0]!.email,
    phone: '',
    status: 'active',
    loginUids: logins.map((login) => login.uid),
    logins: Object.fromEntries(
      logins.map((login) => [
        login.uid,
        { email: login.email, displayName: firstName, invitationCount: 1 },
      ]),
    ),
    sharedWith: [],
    authTenantId: await authTenantOf(tenantId),
    ...extra,
  });
  return { clientId, logins };
}

/** A card as assignProperties creates it: a draft. */
async function card(space: Space, title: string, published = false): Promise<string> {
  const propertyId = uniqueId('p');
  await db.doc(`tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`).set({
    propertyId,
    clientId: space.clientId,
    tenantId,
    published,
    stage: 'new',
    rejectedReason: null,
    visitRequest: null,
    report: null,
    offer: null,
    property: { title, city: 'Lyon 2e', price: 320_000 },
    sourceUrl: null,
    clientName: space.clientId,
    sharedWith: [],
    lastMove: null,
    stageDates: {},
    createdBy: owner.uid,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  return propertyId;
}

/** "Publier" on a selection, as the admin app does: one batch. */
async function publish(space: Space, propertyIds: string[]) {
  const batch = writeBatch(ownerWeb.firestore());
  for (const id of propertyIds) {
    batch.update(
      doc(ownerWeb.firestore(), `tenants/${tenantId}/clients/${space.clientId}/assignments/${id}`),
      { published: true, updatedAt: serverTimestamp() },
    );
  }
  await batch.commit();
}

async function signedInLogin(space: Space, index = 0): Promise<WebClient> {
  return sessions.signedIn(space.logins[index]!.email, testPassword, tenantId);
}

/** One of the client's four moves, as the client app writes it (firestore.rules check it). */
async function clientMove(
  web: WebClient,
  space: Space,
  propertyId: string,
  from: string,
  to: string,
  field: Record<string, unknown>,
) {
  const ref = doc(
    web.firestore(),
    `tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`,
  );
  await updateDoc(ref, {
    stage: to,
    ...field,
    updatedAt: serverTimestamp(),
    lastMove: { from, to, by: space.logins[0]!.uid, byClient: true, at: serverTimestamp() },
  });
}

const mailsOfKind = async (address: string, subject: RegExp) =>
  (await mailsTo(address)).filter((mail) => subject.test(mail.subject));

/** Replays the trigger handlers with the write's own before/after, as a second delivery would. */
async function replayMove(space: Space, propertyId: string) {
  const after = (
    await db.doc(`tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`).get()
  ).data()!;
  const before = { ...after, stage: after.lastMove.from, lastMove: null };
  return clientMoveEmail({ tenantId, clientId: space.clientId, propertyId }, before, after);
}

function expectBranded(mail: SinkMail) {
  expect(mail.from[0]?.name).toBe(`Agence ${tenantId}`);
  expect(mail.html).toContain(`Agence ${tenantId}`);
  // The layout's header on the tenant's primary colour.
  expect(mail.html).toContain('background:#1f3a5f');
}

beforeAll(async () => {
  tenantId = await createTenant();
  [owner, admin, collaborator] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(tenantId, 'admin'),
    createStaff(tenantId, 'collaborator'),
  ]);
  ownerWeb = await sessions.signedIn(owner.email, owner.password, tenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('publication', () => {
  it('e-mails each login once, branded, with a link to the property in the tenant’s app', async () => {
    const space = await clientSpace('Julie', 2);
    const propertyId = await card(space, 'T3 lumineux à Ainay');
    await publish(space, [propertyId]);
    for (const login of space.logins) {
      const [mail] = await waitForMails(login.email);
      expect(mail!.subject).toBe(`De nouveaux biens sélectionnés pour vous – Agence ${tenantId}`);
      expect(mail!.text).toContain('T3 lumineux à Ainay');
      expect(mail!.text).toContain(
        `http://localhost:5174/biens/${propertyId}?tenant=${encodeURIComponent(tenantId)}`,
      );
      expectBranded(mail!);
    }
    // The same trigger event handled again queues nothing.
    const ref = db.doc(`tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`);
    const after = (await ref.get()).data()!;
    const again = await publicationEmail(
      { tenantId, clientId: space.clientId, propertyId },
      { ...after, published: false },
      after,
    );
    expect(again).toBe(0);
    await settle();
    for (const login of space.logins) expect(await mailsTo(login.email)).toHaveLength(1);
  });

  it('sends ONE e-mail listing the ten properties of one "Publier"', async () => {
    const space = await clientSpace('Marc', 1);
    const titles = Array.from({ length: 10 }, (_, i) => `Bien numéro ${i + 1} du lot`);
    const ids = [];
    for (const title of titles) ids.push(await card(space, title));
    await publish(space, ids);
    const [mail] = await waitForMails(space.logins[0]!.email);
    for (const title of titles) expect(mail!.text).toContain(title);
    await settle();
    expect(await mailsTo(space.logins[0]!.email)).toHaveLength(1);
    const entries = await db
      .collection(`tenants/${tenantId}/outbox`)
      .where('to', 'array-contains', space.logins[0]!.email)
      .get();
    expect(entries.size).toBe(1);
  });

  it('escapes a hostile client name in the HTML', async () => {
    const space = await clientSpace('<script>alert(1)</script>', 1);
    await publish(space, [await card(space, 'Maison <b>piégée</b>')]);
    const [mail] = await waitForMails(space.logins[0]!.email);
    expect(mail!.html).not.toContain('<script>alert(1)</script>');
    expect(mail!.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail!.html).not.toContain('<b>piégée</b>');
  });

  it('skips a login that turned off non-essential e-mails', async () => {
    const space = await clientSpace('Sophie', 2);
    await db
      .doc(`tenants/${tenantId}/clients/${space.clientId}`)
      .update({ emailOptOut: [space.logins[1]!.uid] });
    await publish(space, [await card(space, 'Studio proche métro')]);
    await waitForMails(space.logins[0]!.email);
    await settle();
    expect(await mailsTo(space.logins[1]!.email)).toHaveLength(0);
  });
});

describe('client moves', () => {
  it('each of the four moves e-mails the owner and admins once, the collaborator not', async () => {
    const space = await clientSpace('Antoine', 1);
    const propertyId = await card(space, 'Loft canal Saint-Martin', true);
    const rejectedId = await card(space, 'Maison trop loin', true);
    const web = await signedInLogin(space);
    const now = Date.now();
    await clientMove(web, space, propertyId, 'new', 'toVisit', {
      visitRequest: { availabilities: 'Samedi matin', at: serverTimestamp() },
    });
    await clientMove(web, space, propertyId, 'toVisit', 'visited', {
      report: { ratings: { light: 5, price: 3 }, comment: 'Très clair', at: serverTimestamp() },
    });
    await clientMove(web, space, propertyId, 'visited', 'offer', {
      offer: {
        amount: 305_000,
        validUntil: WebTimestamp.fromMillis(now + 7 * 86_400_000),
        at: serverTimestamp(),
      },
    });
    await clientMove(web, space, rejectedId, 'new', 'rejected', {
      rejectedReason: 'Trop loin du travail',
    });

    const expected = [
      /^Demande de visite : Loft canal Saint-Martin – Antoine Dupont$/,
      /^Compte rendu de visite : Loft canal Saint-Martin – Antoine Dupont$/,
      /^Offre de 305\s000\s€ sur Loft canal Saint-Martin – Antoine Dupont$/,
      /^Antoine Dupont a écarté Maison trop loin$/,
    ];
    for (const staff of [owner, admin]) {
      const mails = await waitForMails(staff.email, 4);
      for (const subject of expected) {
        const matching = mails.filter((mail) => subject.test(mail.subject));
        expect(matching, String(subject)).toHaveLength(1);
        expectBranded(matching[0]!);
        expect(matching[0]!.text).toContain(
          `http://localhost:5173/clients/${space.clientId}?tenant=${encodeURIComponent(tenantId)}`,
        );
      }
      const offer = mails.find((mail) => /^Offre/.test(mail.subject))!;
      expect(offer.text).toContain('305');
      const rejection = mails.find((mail) => /écarté/.test(mail.subject))!;
      expect(rejection.text).toContain('Trop loin du travail');
    }

    // Delivered twice: the handlers find the entries written.
    expect(await replayMove(space, propertyId)).toBe(0);
    expect(await replayMove(space, rejectedId)).toBe(0);
    await settle();
    for (const staff of [owner, admin]) {
      for (const subject of expected)
        expect(await mailsOfKind(staff.email, subject)).toHaveLength(1);
    }
    expect(
      await mailsOfKind(collaborator.email, /Loft canal Saint-Martin|Maison trop loin/),
    ).toHaveLength(0);
  });

  it('goes to the collaborators of a shared space only, and honours a muted event', async () => {
    const muted = await createStaff(tenantId, 'collaborator');
    await db
      .doc(`tenants/${tenantId}/members/${muted.uid}`)
      .update({ notifications: { muted: ['visitRequested'] } });
    const space = await clientSpace('Claire', 1, { sharedWith: [collaborator.uid, muted.uid] });
    const propertyId = await card(space, 'Duplex avec terrasse', true);
    const web = await signedInLogin(space);
    await clientMove(web, space, propertyId, 'new', 'toVisit', {
      visitRequest: { availabilities: 'Le soir', at: serverTimestamp() },
    });
    const subject = /^Demande de visite : Duplex avec terrasse – Claire Dupont$/;
    await waitForMails(collaborator.email);
    await settle();
    expect(await mailsOfKind(collaborator.email, subject)).toHaveLength(1);
    expect(await mailsOfKind(muted.email, subject)).toHaveLength(0);
    expect(await mailsOfKind(owner.email, subject)).toHaveLength(0);
  });

  it('a staff move sends nothing', async () => {
    const space = await clientSpace('Paul', 1);
    const propertyId = await card(space, 'Péniche amarrée', true);
    await updateDoc(
      doc(
        ownerWeb.firestore(),
        `tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`,
      ),
      {
        stage: 'toVisit',
        published: true,
        updatedAt: serverTimestamp(),
        lastMove: {
          from: 'new',
          to: 'toVisit',
          by: owner.uid,
          byClient: false,
          at: serverTimestamp(),
        },
      },
    );
    await settle();
    expect(await mailsOfKind(owner.email, /Péniche amarrée/)).toHaveLength(0);
  });
});

describe('messages', () => {
  it('a client’s message e-mails the hunter, the agency’s every login, once each', async () => {
    const space = await clientSpace('Nina', 1);
    const propertyId = await card(space, 'Maison au bord du lac', true);
    const web = await signedInLogin(space);
    const messages = (who: WebClient) =>
      collection(who.firestore(), `tenants/${tenantId}/clients/${space.clientId}/messages`);
    const question = await addDoc(messages(web), {
      authorUid: space.logins[0]!.uid,
      fromClient: true,
      text: 'Les charges sont de combien ?',
      propertyId,
      createdAt: serverTimestamp(),
    });
    await addDoc(messages(ownerWeb), {
      authorUid: owner.uid,
      fromClient: false,
      text: 'Environ 120 € par mois.',
      propertyId: null,
      createdAt: serverTimestamp(),
    });
    const subject = /^Question de Nina Dupont sur Maison au bord du lac$/;
    const [asked] = await waitUntil(
      async () => {
        const found = await mailsOfKind(owner.email, subject);
        return found.length > 0 ? found : null;
      },
      'the question e-mail',
      150_000,
    );
    expect(asked!.text).toContain('Les charges sont de combien ?');
    // The card was created published, which sent its own e-mail: look for the message's.
    const [answer] = await waitUntil(
      async () => {
        const found = await mailsOfKind(space.logins[0]!.email, /^Nouveau message de /);
        return found.length > 0 ? found : null;
      },
      'the agency’s message e-mail',
      150_000,
    );
    expect(answer!.text).toContain('Environ 120 € par mois.');
    expect(answer!.text).toContain('http://localhost:5174/messages?tenant=');

    const stored = (await db.doc(question.path).get()).data();
    const again = await messageEmail(
      { tenantId, clientId: space.clientId, messageId: question.id },
      undefined,
      stored,
    );
    expect(again).toBe(0);
    await settle();
    expect(await mailsOfKind(owner.email, subject)).toHaveLength(1);
    expect(await mailsOfKind(space.logins[0]!.email, /^Nouveau message de /)).toHaveLength(1);
  });
});
