// No enumeration: the staff request form and "add a login" answer alike whether or not the
// address already has an account with the agency. For a known address nothing is created or
// changed, and the address itself (not the caller) is told, by e-mail, with no one-time link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, waitUntil } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant, type TestStaff } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import { newEmail, Sessions } from '../support/calls.js';
import { mailsTo, type SinkMail } from '../support/mailbox.js';
import { rawCall } from './hardening-support.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
let owner: TestStaff;
let collaborator: WebClient;
let admin: WebClient;
/** A client of the agency with a login (invited: their Auth user exists). */
let clientEmail: string;

beforeAll(async () => {
  tenantId = await createTenant();
  owner = await createStaff(tenantId, 'owner');
  const staff = await createStaff(tenantId, 'admin');
  admin = await sessions.signedIn(staff.email, staff.password, tenantId);
  const colleague = await createStaff(tenantId, 'collaborator');
  collaborator = await sessions.signedIn(colleague.email, colleague.password, tenantId);
  clientEmail = newEmail('known-client');
  const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Claire',
    lastName: 'Connue',
    email: clientEmail,
  });
  // The invitation creates the login's Auth user in the agency's pool.
  await admin.call(callableNames.inviteClient, { clientId });
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

const staffRequest = (email: string) => ({
  tenantId,
  displayName: 'Curieux',
  email,
  password: 'un-bon-mot-de-passe',
});

/** Everything of the tenant a request or a login could change: members, clients, the pool. */
async function footprint() {
  const [members, clients, users] = await Promise.all([
    db.collection(`tenants/${tenantId}/members`).get(),
    db.collection(`tenants/${tenantId}/clients`).get(),
    (await poolAuth(tenantId)).listUsers(1000),
  ]);
  return {
    members: members.docs.map((doc) => [doc.id, doc.data()]),
    clients: clients.docs.map((doc) => [doc.id, doc.data()]),
    users: users.users.map((user) => [user.uid, user.disabled, user.passwordHash ?? null]).sort(),
  };
}

/** The first e-mail to `address` whose subject says `subject`, once it has arrived. */
function noticeTo(address: string, subject: string): Promise<SinkMail> {
  return waitUntil(
    async () => {
      const mails = await mailsTo(address);
      return mails.find((mail) => mail.subject.includes(subject)) ?? null;
    },
    `a notice to ${address}`,
    90_000,
  );
}

/** A notice: the sign-in and "forgot password" pages of an app, and nothing secret. */
function expectNotice(mail: SinkMail | undefined, app: string) {
  expect(mail?.text).toContain(`${app}/?tenant=${tenantId}`);
  expect(mail?.text).toContain(`${app}/forgot-password?tenant=${tenantId}`);
  expect(mail?.text).not.toMatch(/token=/);
}

describe('requestStaffAccess', { timeout: 120_000 }, () => {
  it('answers a team member’s address as a new one, creates nothing and tells the address', async () => {
    const fresh = await rawCall('requestStaffAccess', staffRequest(newEmail('newcomer')));
    const before = await footprint();
    const known = await rawCall('requestStaffAccess', staffRequest(owner.email.toUpperCase()));
    expect(known).toEqual(fresh);
    expect(known.result).toEqual({ status: 'pending' });
    expect(await footprint()).toEqual(before);
    const mail = await noticeTo(owner.email, 'Demande d’accès');
    expect(mail.subject).toContain('Demande d’accès');
    expect(mail?.text).toContain('aucune demande n’a été créée');
    expectNotice(mail, 'http://localhost:5173');
    // Sent again and again, the form does not flood the address: one notice per hour.
    await rawCall('requestStaffAccess', staffRequest(owner.email));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const notices = (await mailsTo(owner.email)).filter((m) =>
      m.subject.includes('Demande d’accès'),
    );
    expect(notices).toHaveLength(1);
  });

  it('answers a client’s address alike, pointing the notice at the client app', async () => {
    const before = await footprint();
    const known = await rawCall('requestStaffAccess', staffRequest(clientEmail));
    expect(known.result).toEqual({ status: 'pending' });
    expect(await footprint()).toEqual(before);
    expectNotice(await noticeTo(clientEmail, 'Demande d’accès'), 'http://localhost:5174');
  });

  it('answers a pending request’s address alike, without a second account', async () => {
    const email = newEmail('twice');
    expect((await rawCall('requestStaffAccess', staffRequest(email))).result).toEqual({
      status: 'pending',
    });
    const before = await footprint();
    expect((await rawCall('requestStaffAccess', staffRequest(email))).result).toEqual({
      status: 'pending',
    });
    expect(await footprint()).toEqual(before);
  });
});

async function keywordsHold(clientId: string, word: string) {
  await waitUntil(async () => {
    const client = await db.doc(`tenants/${tenantId}/clients/${clientId}`).get();
    return ((client.get('keywords') as string[] | undefined) ?? []).includes(word);
  }, `the keywords of ${clientId}`);
}

describe('addClientLogin', { timeout: 120_000 }, () => {
  async function newSpace() {
    const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Paul',
      lastName: 'Partagé',
      email: newEmail('space'),
    });
    return clientId;
  }

  it.each([
    ['a team member’s', () => owner.email],
    ['another client’s login', () => clientEmail],
  ])('answers %s address as a free one and changes nothing', async (_what, address) => {
    const clientId = await newSpace();
    const free = await collaborator.call(callableNames.addClientLogin, {
      clientId,
      email: newEmail('free'),
      displayName: 'Libre',
    });
    const other = await newSpace();
    // The search keywords follow a space's logins in a trigger: let it land before comparing.
    await keywordsHold(clientId, 'libre');
    await keywordsHold(other, 'partage');
    const before = await footprint();
    const taken = await collaborator.call(callableNames.addClientLogin, {
      clientId: other,
      email: address(),
      displayName: 'Pris',
    });
    expect(taken).toEqual({ ...(free as object), clientId: other });
    expect(taken).toEqual({ clientId: other, emailQueued: true });
    expect(await footprint()).toEqual(before);
    const notice = await noticeTo(address(), 'votre adresse a déjà un compte');
    expect(notice.text).toContain('rien n’a été modifié');
    expect(notice.text).not.toMatch(/token=/);
  });
});
