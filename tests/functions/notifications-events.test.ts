// N1 events beyond the client moves, against the running stack and the SMTP sink: appointments
// (created, moved, cancelled), documents shared, collaborator access requests — each one e-mail
// per recipient with the right subject and link, none more when the event comes twice — and the
// bell items and counters the same events leave.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FieldValue, getFirestore, Timestamp, type DocumentData } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import { createStaff, createTenant, testPassword, type TestStaff } from '../support/identities.js';
import { authTenantOf, poolAuth } from '../support/pools.js';
import { mailsTo } from '../support/mailbox.js';
import { newEmail, Sessions } from '../support/calls.js';
import { appointmentEmail } from '../../functions/src/notifications/appointmentEmail.js';
import { documentEmail } from '../../functions/src/notifications/documentEmail.js';
import { staffRequestEmail } from '../../functions/src/notifications/staffRequestEmail.js';

const db = getFirestore(adminApp());
// Seven agents share the machine and its emulators: triggers can take minutes.
vi.setConfig({ testTimeout: 600_000 });
const sessions = new Sessions();

let tenantId: string;
let owner: TestStaff;
let admin: TestStaff;
let collaborator: TestStaff;

/** Long enough for a trigger that would send a second e-mail to have done it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 4000));

const mailsMatching = async (address: string, subject: RegExp) =>
  (await mailsTo(address)).filter((mail) => subject.test(mail.subject));

/** The e-mails to `address` whose subject matches, once there are `count`. */
const waitForMatching = (address: string, subject: RegExp, count = 1) =>
  waitUntil(
    async () => {
      const found = await mailsMatching(address, subject);
      return found.length >= count ? found : null;
    },
    `${count} e-mail(s) ${String(subject)} to ${address}`,
    240_000,
  );

interface Space {
  clientId: string;
  logins: { uid: string; email: string }[];
}

/** An active client space with `count` logins, as invitations and first logins leave it. */
async function clientSpace(firstName: string, count: number, extra: DocumentData = {}) {
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
    lastName: 'Martin',
    email: logins[0]!.email,
    status: 'active',
    loginUids: logins.map((login) => login.uid),
    logins: Object.fromEntries(logins.map((login) => [login.uid, { email: login.email }])),
    sharedWith: [],
    authTenantId: await authTenantOf(tenantId),
    ...extra,
  });
  return { clientId, logins } satisfies Space;
}

const bellOf = (uid: string) => db.doc(`tenants/${tenantId}/bell/${uid}`);
async function bellItems(uid: string) {
  const items = await bellOf(uid).collection('items').orderBy('createdAt').get();
  return items.docs.map((item) => item.data());
}
const unreadOf = async (uid: string) => ((await bellOf(uid).get()).get('unread') as number) ?? 0;

beforeAll(async () => {
  tenantId = await createTenant();
  [owner, admin, collaborator] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(tenantId, 'admin'),
    createStaff(tenantId, 'collaborator'),
  ]);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('appointments', () => {
  it('created, moved then cancelled: three e-mails to each login, in Paris time', async () => {
    const space = await clientSpace('Julie', 2);
    const ref = db.collection(`tenants/${tenantId}/clients/${space.clientId}/appointments`).doc();
    // 09:30 UTC in March is 10:30 in Paris (winter time).
    await ref.set({
      title: 'Visite du T3 Ainay',
      type: 'visit',
      place: '12 rue Vaubecour, Lyon',
      propertyId: null,
      startsAt: Timestamp.fromDate(new Date('2027-03-10T09:30:00Z')),
      endsAt: Timestamp.fromDate(new Date('2027-03-10T10:30:00Z')),
      tenantId,
      clientId: space.clientId,
      clientName: 'Julie Martin',
      createdBy: owner.uid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    const created = /^Rendez-vous : Visite du T3 Ainay, le mercredi 10 mars 2027 à 10:30$/;
    for (const login of space.logins) {
      const [mail] = await waitForMatching(login.email, created);
      expect(mail!.text).toContain('12 rue Vaubecour, Lyon');
      expect(mail!.text).toContain(
        `http://localhost:5174/rendez-vous?tenant=${encodeURIComponent(tenantId)}`,
      );
    }
    // The same creation delivered again queues nothing.
    const stored = await ref.get();
    expect(
      await appointmentEmail(
        { tenantId, clientId: space.clientId, appointmentId: ref.id },
        { data: undefined, updateTime: undefined },
        { data: stored.data(), updateTime: stored.updateTime },
      ),
    ).toBe(0);

    // A new title only is not worth an e-mail; a new time is.
    await ref.update({ title: 'Visite du T3 Ainay (2e)', updatedAt: FieldValue.serverTimestamp() });
    await ref.update({
      startsAt: Timestamp.fromDate(new Date('2027-03-11T15:00:00Z')),
      endsAt: Timestamp.fromDate(new Date('2027-03-11T16:00:00Z')),
      updatedAt: FieldValue.serverTimestamp(),
    });
    const changed =
      /^Rendez-vous modifié : Visite du T3 Ainay \(2e\), le jeudi 11 mars 2027 à 16:00$/;
    for (const login of space.logins) {
      const [mail] = await waitForMatching(login.email, changed);
      expect(mail!.text).toContain('initialement prévu le mercredi 10 mars 2027 à 10:30');
    }

    await ref.delete();
    const cancelled = /^Rendez-vous annulé : Visite du T3 Ainay \(2e\), le jeudi 11 mars 2027$/;
    for (const login of space.logins) await waitForMatching(login.email, cancelled);

    await settle();
    for (const login of space.logins) {
      const mails = await mailsMatching(login.email, /Rendez-vous/);
      expect(mails.map((mail) => mail.subject)).toHaveLength(3);
      // The same events in the bell, linked to the agenda, all unread.
      const items = await bellItems(login.uid);
      expect(items.map((item) => item.event)).toEqual([
        'appointmentCreated',
        'appointmentChanged',
        'appointmentCancelled',
      ]);
      expect(items.every((item) => item.link === '/rendez-vous' && item.readAt === null)).toBe(
        true,
      );
      expect(items[0]!.title).toMatch(created);
      expect(await unreadOf(login.uid)).toBe(3);
    }
  });

  it('a login that turned e-mails off still sees the appointment in the bell', async () => {
    const space = await clientSpace('Marc', 2);
    await db
      .doc(`tenants/${tenantId}/clients/${space.clientId}`)
      .update({ emailOptOut: [space.logins[1]!.uid] });
    await db.collection(`tenants/${tenantId}/clients/${space.clientId}/appointments`).add({
      title: 'Signature du compromis',
      type: 'compromis',
      place: '',
      propertyId: null,
      startsAt: Timestamp.fromDate(new Date('2027-07-01T08:00:00Z')),
      endsAt: Timestamp.fromDate(new Date('2027-07-01T09:00:00Z')),
      tenantId,
      clientId: space.clientId,
      clientName: 'Marc Martin',
      createdBy: owner.uid,
    });
    // Summer time: 08:00 UTC is 10:00 in Paris.
    await waitForMatching(
      space.logins[0]!.email,
      /^Rendez-vous : Signature du compromis, .* à 10:00$/,
    );
    await waitUntil(
      async () => ((await unreadOf(space.logins[1]!.uid)) === 1 ? true : null),
      'the opted-out login’s bell',
      60_000,
    );
    await settle();
    expect(await mailsTo(space.logins[1]!.email)).toHaveLength(0);
  });
});

describe('documents', () => {
  it('a shared document e-mails each login once; a message attachment does not', async () => {
    const space = await clientSpace('Sophie', 2);
    const documents = db.collection(`tenants/${tenantId}/clients/${space.clientId}/documents`);
    const document = {
      title: 'Diagnostic de performance énergétique',
      fileName: 'dpe.pdf',
      contentType: 'application/pdf',
      size: 1234,
      propertyId: null,
      fromMessage: false,
      uploadedBy: owner.uid,
      uploaderRole: 'staff',
      createdAt: FieldValue.serverTimestamp(),
      downloadCount: 0,
      lastDownloadAt: null,
    };
    const shared = await documents.add(document);
    await documents.add({ ...document, title: 'Photo jointe au message', fromMessage: true });
    const subject = new RegExp(
      `^Nouveau document : Diagnostic de performance énergétique – Agence ${tenantId}$`,
    );
    for (const login of space.logins) {
      const [mail] = await waitForMatching(login.email, subject);
      expect(mail!.text).toContain(
        `http://localhost:5174/documents?tenant=${encodeURIComponent(tenantId)}`,
      );
    }
    expect(
      await documentEmail(
        { tenantId, clientId: space.clientId, documentId: shared.id },
        (await shared.get()).data(),
      ),
    ).toBe(0);
    await settle();
    for (const login of space.logins) {
      expect(await mailsTo(login.email)).toHaveLength(1);
      const items = await bellItems(login.uid);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ event: 'documentShared', link: '/documents' });
      expect(await unreadOf(login.uid)).toBe(1);
    }
  });
});

describe('the bell for a publication', () => {
  it('a « Publier » of three cards rings each login once, linked to the space', async () => {
    const space = await clientSpace('Nina', 2);
    const batch = db.batch();
    for (let i = 0; i < 3; i++) {
      const propertyId = uniqueId('p');
      batch.set(db.doc(`tenants/${tenantId}/clients/${space.clientId}/assignments/${propertyId}`), {
        propertyId,
        clientId: space.clientId,
        tenantId,
        published: true,
        stage: 'new',
        property: { title: `Bien ${i + 1} du lot`, city: 'Lyon', price: 300_000 },
        sharedWith: [],
        lastMove: null,
        createdBy: owner.uid,
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
    await batch.commit();
    for (const login of space.logins) {
      await waitForMatching(login.email, /^De nouveaux biens sélectionnés pour vous/);
    }
    await settle();
    for (const login of space.logins) {
      const items = await bellItems(login.uid);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ event: 'propertiesPublished', link: '/', readAt: null });
      expect(await unreadOf(login.uid)).toBe(1);
    }
  });
});

describe('staff access requests', () => {
  it('e-mails the owner and each admin once, links to the team page, none on a repeat', async () => {
    const muted = await createStaff(tenantId, 'admin');
    await db
      .doc(`tenants/${tenantId}/members/${muted.uid}`)
      .update({ notifications: { muted: ['staffAccessRequested'] } });
    const email = newEmail('requester');
    const request = {
      tenantId,
      displayName: 'Camille Bernard',
      email,
      password: 'secret-equipe-1',
    };
    const anonymous = sessions.anonymous();
    expect(await anonymous.call(callableNames.requestStaffAccess, request)).toEqual({
      status: 'pending',
    });
    const subject = new RegExp(`^Camille Bernard demande à rejoindre l’équipe Agence ${tenantId}$`);
    for (const staff of [owner, admin]) {
      const [mail] = await waitForMatching(staff.email, subject);
      expect(mail!.text).toContain(email);
      expect(mail!.text).toContain(
        `http://localhost:5173/equipe?tenant=${encodeURIComponent(tenantId)}`,
      );
    }
    // Asked again from the form, and the trigger's event delivered twice: nothing more.
    expect(await anonymous.call(callableNames.requestStaffAccess, request)).toEqual({
      status: 'pending',
    });
    const uid = (await (await poolAuth(tenantId)).getUserByEmail(email)).uid;
    const member = (await db.doc(`tenants/${tenantId}/members/${uid}`).get()).data();
    expect(await staffRequestEmail({ tenantId, uid }, member)).toBe(0);
    await settle();
    for (const staff of [owner, admin]) {
      expect(await mailsMatching(staff.email, subject)).toHaveLength(1);
      const items = (await bellItems(staff.uid)).filter(
        (item) => item.event === 'staffAccessRequested',
      );
      expect(items).toHaveLength(1);
      expect(items[0]!.link).toBe('/equipe');
    }
    expect(await mailsMatching(muted.email, subject)).toHaveLength(0);
    expect(await bellItems(muted.uid)).toHaveLength(0);
    expect(await mailsMatching(collaborator.email, subject)).toHaveLength(0);
    expect(await bellItems(collaborator.uid)).toHaveLength(0);
  });
});
