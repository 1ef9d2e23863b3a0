// N2–N3 against the running stack and the SMTP sink: the agency's edited template is refused with
// its position when a tag is unknown, used by the triggers once saved, sent as a test to the
// caller; an SMTP server that does not answer leaves the entry failed with its error, and
// "Renvoyer" once it is back sends it exactly once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { FirebaseError } from 'firebase/app';
import { emailCallableNames, type OutboxLogEntry } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, testPassword, type TestStaff } from '../support/identities.js';
import { authTenantOf, poolAuth } from '../support/pools.js';
import { mailsTo } from '../support/mailbox.js';
import { expectCode, newEmail, Sessions } from '../support/calls.js';

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
let ownerWeb: WebClient;
let collaboratorWeb: WebClient;

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));
const platformSmtp = {
  host: '',
  port: 587,
  secure: false,
  user: '',
  senderName: '',
  senderAddress: '',
};

/** A one-login client space with one draft card; publishing it queues one e-mail. */
async function spaceWithDraft(title: string) {
  const clientId = uniqueId('c');
  const email = newEmail('login');
  const auth = await poolAuth(tenantId);
  const user = await auth.createUser({ email, password: testPassword });
  await auth.setCustomUserClaims(user.uid, { tenantId, role: 'client', clientId });
  await db.doc(`tenants/${tenantId}/clients/${clientId}`).set({
    firstName: 'Julie',
    lastName: 'Dupont',
    email,
    phone: '',
    status: 'active',
    loginUids: [user.uid],
    logins: { [user.uid]: { email, displayName: 'Julie', invitationCount: 1 } },
    sharedWith: [],
    authTenantId: await authTenantOf(tenantId),
  });
  const propertyId = uniqueId('p');
  const path = `tenants/${tenantId}/clients/${clientId}/assignments/${propertyId}`;
  await db.doc(path).set({
    propertyId,
    clientId,
    tenantId,
    published: false,
    stage: 'new',
    rejectedReason: null,
    lastMove: null,
    property: { title, city: 'Lyon', price: 250_000 },
    sharedWith: [],
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  const publish = () =>
    updateDoc(doc(ownerWeb.firestore(), path), { published: true, updatedAt: serverTimestamp() });
  return { clientId, email, uid: user.uid, publish };
}

beforeAll(async () => {
  tenantId = await createTenant();
  owner = await createStaff(tenantId, 'owner');
  const collaborator = await createStaff(tenantId, 'collaborator');
  ownerWeb = await sessions.signedIn(owner.email, owner.password, tenantId);
  collaboratorWeb = await sessions.signedIn(collaborator.email, collaborator.password, tenantId);
});

afterAll(async () => {
  await ownerWeb.call(emailCallableNames.saveSmtpSettings, platformSmtp).catch(() => undefined);
  await sessions.closeAll();
  await closeAdminApps();
});

describe('edited templates', () => {
  it('refuses an unknown tag with its position and a suggestion, and stores nothing', async () => {
    const error = await expectCode(
      ownerWeb.call(emailCallableNames.saveEmailTemplate, {
        event: 'propertiesPublished',
        language: 'fr',
        subject: 'Bonjour {{client.firstName}}',
        text: 'Bonjour {{client.frstName}},\nvoici : {{link}}',
        html: '<p>{{link}}</p>',
      }),
      'functions/invalid-argument',
      /client\.frstName/,
    );
    const details = (error as FirebaseError & { details?: { code?: string; issues?: unknown[] } })
      .details;
    expect(details?.code).toBe('template.invalid');
    const issues = (details?.issues ?? []) as Record<string, unknown>[];
    expect(issues[0]).toMatchObject({
      code: 'unknownTag',
      part: 'text',
      line: 1,
      column: 9,
      suggestion: 'client.firstName',
    });
    const stored = await db.doc(`tenants/${tenantId}/emailTemplates/propertiesPublished_fr`).get();
    expect(stored.exists).toBe(false);
  });

  it('is for admins only', async () => {
    await expectCode(
      collaboratorWeb.call(emailCallableNames.saveEmailTemplate, {
        event: 'propertiesPublished',
        language: 'fr',
        subject: 'x',
        text: 'x {{link}}',
        html: '<p>x</p>',
      }),
      'functions/permission-denied',
    );
  });

  it('once saved, is the e-mail the trigger sends; a test goes to the caller only', async () => {
    await ownerWeb.call(emailCallableNames.saveEmailTemplate, {
      event: 'propertiesPublished',
      language: 'fr',
      subject: 'Sélection du jour pour {{client.firstName}}',
      text: 'Bonjour {{client.firstName}} !\n{{#properties}}* {{property.title}}\n{{/properties}}{{link}}',
      html: '<p>Bonjour {{client.firstName}} !</p>{{#properties}}<p>{{property.title}}</p>{{/properties}}<p><a href="{{link}}">Voir</a></p>',
    });
    await ownerWeb.call(emailCallableNames.sendTestEmail, {
      event: 'propertiesPublished',
      language: 'fr',
    });
    const [test] = await waitForMails(owner.email);
    expect(test!.subject).toMatch(/^\[Test\] Sélection du jour pour /);

    const space = await spaceWithDraft('Maison de maître');
    await space.publish();
    const [mail] = await waitForMails(space.email);
    expect(mail!.subject).toBe('Sélection du jour pour Julie');
    expect(mail!.text).toContain('* Maison de maître');

    await ownerWeb.call(emailCallableNames.resetEmailTemplate, {
      event: 'propertiesPublished',
      language: 'fr',
    });
    const again = await spaceWithDraft('Villa');
    await again.publish();
    const [defaultMail] = await waitForMails(again.email);
    expect(defaultMail!.subject).toBe(
      `De nouveaux biens sélectionnés pour vous – Agence ${tenantId}`,
    );
  });
});

describe('delivery', () => {
  it('SMTP down: failed with its error after the retries; "Renvoyer" once it is back sends once', async () => {
    // A port nothing listens on: the agency's server "is down".
    await ownerWeb.call(emailCallableNames.saveSmtpSettings, {
      ...platformSmtp,
      host: '127.0.0.1',
      port: 1,
      password: 'not-used',
    });
    const space = await spaceWithDraft('Appartement sous les toits');
    await space.publish();
    const logs = db.collection(`tenants/${tenantId}/outboxLog`);
    const failed = await waitUntil(
      async () => {
        const found = await logs.where('to', 'array-contains', space.email).get();
        const entry = found.docs[0];
        return entry?.get('state') === 'ERROR' ? entry : null;
      },
      'the entry to be given up',
      150_000,
    );
    const log = failed.data() as OutboxLogEntry;
    expect(log.attempts).toBe(3);
    expect(log.error).toMatch(/ECONNREFUSED/);
    expect(log).not.toHaveProperty('text');
    expect(log).not.toHaveProperty('html');
    expect(await mailsTo(space.email)).toHaveLength(0);

    await ownerWeb.call(emailCallableNames.saveSmtpSettings, platformSmtp);
    await ownerWeb.call(emailCallableNames.resendEmail, { messageId: failed.id });
    await waitForMails(space.email);
    await settle();
    expect(await mailsTo(space.email)).toHaveLength(1);
    expect((await logs.doc(failed.id).get()).get('state')).toBe('SUCCESS');

    // A delivered e-mail is never sent again.
    await expectCode(
      ownerWeb.call(emailCallableNames.resendEmail, { messageId: failed.id }),
      'functions/failed-precondition',
    );
  });

  it('keeps the SMTP password out of what staff can read', async () => {
    await ownerWeb.call(emailCallableNames.saveSmtpSettings, {
      ...platformSmtp,
      host: 'smtp.example.test',
      user: 'agence',
      password: 'tres-secret',
    });
    const view = (await db.doc(`tenants/${tenantId}/config/smtp`).get()).data();
    expect(view).toMatchObject({ host: 'smtp.example.test', passwordSet: true });
    expect(JSON.stringify(view)).not.toContain('tres-secret');
    const stored = await db.doc(`tenants/${tenantId}/private/smtp`).get();
    expect(stored.get('password')).toBe('tres-secret');
    // Saving again without a password keeps it.
    await ownerWeb.call(emailCallableNames.saveSmtpSettings, {
      ...platformSmtp,
      host: 'smtp.example.test',
    });
    expect((await db.doc(`tenants/${tenantId}/private/smtp`).get()).get('password')).toBe(
      'tres-secret',
    );
    await ownerWeb.call(emailCallableNames.saveSmtpSettings, platformSmtp);
  });
});

describe('preferences', () => {
  it('a client login turns non-essential e-mails off and back on', async () => {
    const space = await spaceWithDraft('Chalet');
    const login = await sessions.signedIn(space.email, testPassword, tenantId);
    await login.call(emailCallableNames.setNotificationPreferences, {
      audience: 'client',
      nonEssential: false,
    });
    const client = db.doc(`tenants/${tenantId}/clients/${space.clientId}`);
    expect((await client.get()).get('emailOptOut')).toEqual([space.uid]);
    await space.publish();
    await settle();
    expect(await mailsTo(space.email)).toHaveLength(0);
    await login.call(emailCallableNames.setNotificationPreferences, {
      audience: 'client',
      nonEssential: true,
    });
    expect((await client.get()).get('emailOptOut')).toEqual([]);
  });

  it('a staff member mutes an event; an essential one cannot be muted', async () => {
    await ownerWeb.call(emailCallableNames.setNotificationPreferences, {
      audience: 'staff',
      muted: ['offerMade'],
    });
    const member = await db.doc(`tenants/${tenantId}/members/${owner.uid}`).get();
    expect(member.get('notifications')).toEqual({ muted: ['offerMade'] });
    await expectCode(
      ownerWeb.call(emailCallableNames.setNotificationPreferences, {
        audience: 'staff',
        muted: ['staffPasswordReset'],
      }),
      'functions/invalid-argument',
    );
  });
});
