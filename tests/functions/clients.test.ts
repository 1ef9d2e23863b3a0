// T5 against the running stack: real Auth, Firestore, Functions and SMTP sink, called as the apps do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { getAuth as getWebAuth } from 'firebase/auth';
import { FieldPath, getFirestore, Timestamp } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps } from '../support/stack.js';
import { mailsTo } from '../support/mailbox.js';
import { hashToken } from '../../functions/src/common/tokens.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import {
  expectCode,
  newEmail,
  Sessions,
  tokenOf,
  waitForMails,
  wrongPassword,
} from '../support/calls.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const signedIn = (who: { email: string; password: string; tenantId: string }) =>
  sessions.signedIn(who.email, who.password, who.tenantId);
const anonymous = () => sessions.anonymous();
const expectWrongPassword = (promise: Promise<unknown>) => expectCode(promise, wrongPassword);

const clientInput = (email: string) => ({ firstName: 'Léa', lastName: 'Martin', email });

/** What a tenant holds that these functions write, to prove a refused call wrote nothing. */
async function tenantState(tenantId: string) {
  const counts = await Promise.all(
    ['clients', 'clientEmails', 'outbox', 'audit'].map(
      async (name) =>
        (await db.collection(`tenants/${tenantId}/${name}`).count().get()).data().count,
    ),
  );
  return counts.join('/');
}

async function userByEmail(email: string, tenantId = tenantA) {
  return (await poolAuth(tenantId)).getUserByEmail(email).catch(() => null);
}

let tenantA: string;
let tenantB: string;
let adminA: WebClient;
let collaboratorA: WebClient;
let collaboratorUid: string;
let adminB: WebClient;
let staffEmailA: string;

beforeAll(async () => {
  tenantA = await createTenant();
  tenantB = await createTenant();
  // As in local development: the client app finds its tenant through ?tenant=.
  await db.doc(`tenants/${tenantA}`).update({
    clientAppUrl: `http://localhost:5174/?tenant=${tenantA}`,
  });
  const admin = await createStaff(tenantA, 'admin');
  staffEmailA = admin.email;
  const collaborator = await createStaff(tenantA, 'collaborator');
  collaboratorUid = collaborator.uid;
  const otherAdmin = await createStaff(tenantB, 'admin');
  adminA = await signedIn(admin);
  collaboratorA = await signedIn(collaborator);
  adminB = await signedIn(otherAdmin);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

async function createAndInvite(email = newEmail('client')) {
  const { clientId } = await adminA.call<{ clientId: string }>(
    callableNames.createClient,
    clientInput(email),
  );
  await adminA.call(callableNames.inviteClient, { clientId });
  const mails = await waitForMails(email);
  return { clientId, email, token: tokenOf(mails[0]) };
}

describe('createClient', () => {
  it('adds a contact with status added and reserves its e-mail in the tenant', async () => {
    const email = newEmail('Lea');
    const { clientId } = await adminA.call<{ clientId: string }>(callableNames.createClient, {
      ...clientInput(`  ${email.toUpperCase()} `),
      phone: '06 12 34 56 78',
      criteria: { budgetMax: 450000, areas: ['Lyon 6e'] },
    });
    const client = (await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).data();
    expect(client).toMatchObject({
      firstName: 'Léa',
      lastName: 'Martin',
      email: email.toLowerCase(),
      phone: '06 12 34 56 78',
      criteria: { budgetMax: 450000, areas: ['Lyon 6e'], roomsMin: null, surfaceMin: null },
      status: 'added',
      loginUids: [],
      sharedWith: [],
    });
    expect(client?.createdAt).toBeInstanceOf(Timestamp);
    const entry = await db.doc(`tenants/${tenantA}/clientEmails/${email.toLowerCase()}`).get();
    expect(entry.data()).toEqual({ clientId });
  });

  it('shares a client created by a collaborator with them', async () => {
    const { clientId } = await collaboratorA.call<{ clientId: string }>(
      callableNames.createClient,
      clientInput(newEmail('collab-client')),
    );
    const client = await db.doc(`tenants/${tenantA}/clients/${clientId}`).get();
    expect(client.get('sharedWith')).toEqual([collaboratorUid]);
  });

  it('refuses bad input with invalid-argument and writes nothing', async () => {
    const before = await tenantState(tenantA);
    await expectCode(
      adminA.call(callableNames.createClient, { lastName: 'Martin', email: newEmail('x') }),
      'functions/invalid-argument',
      /prénom est obligatoire/,
    );
    await expectCode(
      adminA.call(callableNames.createClient, clientInput('pas-une-adresse')),
      'functions/invalid-argument',
      /Adresse e-mail invalide/,
    );
    await expectCode(adminA.call(callableNames.createClient, null), 'functions/invalid-argument');
    expect(await tenantState(tenantA)).toBe(before);
  });

  it('refuses an e-mail already used by a contact of the tenant, and writes nothing', async () => {
    const email = newEmail('dup');
    await adminA.call(callableNames.createClient, clientInput(email));
    const before = await tenantState(tenantA);
    await expectCode(
      collaboratorA.call(callableNames.createClient, clientInput(email.toUpperCase())),
      'functions/already-exists',
      'Un contact utilise déjà cette adresse e-mail.',
    );
    expect(await tenantState(tenantA)).toBe(before);
    // Another tenant has its own contacts.
    await adminB.call(callableNames.createClient, clientInput(email));
  });

  it('is for signed-in staff only', async () => {
    await expectCode(
      anonymous().call(callableNames.createClient, clientInput(newEmail('x'))),
      'functions/unauthenticated',
    );
  });
});

describe('invitation and first login', () => {
  it('e-mails a branded link; the client sets a password, signs in and carries the claims', async () => {
    const email = newEmail('invitee');
    const { clientId } = await adminA.call<{ clientId: string }>(
      callableNames.createClient,
      clientInput(email),
    );
    const result = await adminA.call(callableNames.inviteClient, { clientId });
    expect(result).toEqual({ clientId, status: 'invited', emailQueued: true });

    const [mail] = await waitForMails(email);
    expect(mail?.subject).toContain(`Agence ${tenantA}`);
    expect(mail?.html).toContain(`Agence ${tenantA}`);
    expect(mail?.text).toContain('Bonjour Léa,');
    expect(mail?.text).toMatch(
      new RegExp(`http://localhost:5174/firstlogin\\?tenant=${tenantA}&token=[A-Za-z0-9_-]{43}`),
    );
    const token = tokenOf(mail);

    const invited = (await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).data();
    expect(invited?.status).toBe('invited');
    expect(invited?.loginUids).toHaveLength(1);
    const uid = invited?.loginUids[0] as string;
    const user = await (await poolAuth(tenantA)).getUser(uid);
    expect(user.email).toBe(email);
    expect(user.customClaims).toEqual({ tenantId: tenantA, role: 'client', clientId });

    const page = anonymous();
    const answer = await page.call(callableNames.completeFirstLogin, {
      token,
      password: 'mon-mot-de-passe',
    });
    expect(answer).toEqual({ email });
    await page.signIn(email, 'mon-mot-de-passe', tenantA);
    const idToken = await getWebAuth(page.app).currentUser?.getIdTokenResult();
    expect(idToken?.claims).toMatchObject({ tenantId: tenantA, role: 'client', clientId });

    const active = await db.doc(`tenants/${tenantA}/clients/${clientId}`).get();
    expect(active.get('status')).toBe('active');
    expect(active.get(new FieldPath('logins', uid, 'passwordSetAt'))).toBeInstanceOf(Timestamp);

    // The link served once.
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, { token, password: 'autre-mot-de-passe' }),
      'functions/failed-precondition',
      'Ce lien a déjà été utilisé.',
    );
    // An active client is not invited again.
    await expectCode(
      adminA.call(callableNames.inviteClient, { clientId }),
      'functions/failed-precondition',
    );
  });

  it('takes a second call within a minute for a retry, and a later one sends a new link', async () => {
    const { clientId, email, token: first } = await createAndInvite();
    const retry = await adminA.call(callableNames.inviteClient, { clientId });
    expect(retry).toMatchObject({ emailQueued: false });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailsTo(email)).toHaveLength(1);

    // A minute later (simulated), staff re-invite: a new link, the first one still works.
    const ref = db.doc(`tenants/${tenantA}/clients/${clientId}`);
    const uid = (await ref.get()).get('loginUids')[0] as string;
    await ref.update(
      new FieldPath('logins', uid, 'invitedAt'),
      Timestamp.fromMillis(Date.now() - 120_000),
    );
    expect(await adminA.call(callableNames.inviteClient, { clientId })).toMatchObject({
      emailQueued: true,
    });
    const mails = await waitForMails(email, 2);
    const second = mails.map(tokenOf).find((token) => token !== first);
    expect(second).toBeDefined();
    const outbox = await db
      .collection(`tenants/${tenantA}/outbox`)
      .where('to', 'array-contains', email)
      .get();
    expect(outbox.docs.map((doc) => doc.id).sort()).toEqual([
      `invite-${clientId}-${uid}-1`,
      `invite-${clientId}-${uid}-2`,
    ]);
    await anonymous().call(callableNames.completeFirstLogin, {
      token: first,
      password: 'pass-1234',
    });
    expect((await ref.get()).get('loginUids')).toEqual([uid]);
  });

  it('refuses an expired link, an unknown one and a short password, changing nothing', async () => {
    const { clientId, email, token } = await createAndInvite();
    const uid = (await (await poolAuth(tenantA)).getUserByEmail(email)).uid;
    const expired = randomBytes(32).toString('base64url');
    await db.doc(`invites/${hashToken(expired)}`).set({
      tenantId: tenantA,
      uid,
      kind: 'clientFirstLogin',
      clientId,
      expiresAt: Timestamp.fromMillis(Date.now() - 1000),
      usedAt: null,
    });
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, { token: expired, password: 'pass-1234' }),
      'functions/deadline-exceeded',
      /expiré/,
    );
    expect((await db.doc(`invites/${hashToken(expired)}`).get()).get('usedAt')).toBeNull();
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, {
        token: randomBytes(32).toString('base64url'),
        password: 'pass-1234',
      }),
      'functions/not-found',
    );
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, { token, password: 'court' }),
      'functions/invalid-argument',
      /au moins 8 caractères/,
    );
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, { token: 'x', password: 'pass-1234' }),
      'functions/invalid-argument',
      'Lien invalide.',
    );
    // Nothing was consumed or changed: the real link still works.
    expect((await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).get('status')).toBe(
      'invited',
    );
    await expectWrongPassword(anonymous().signIn(email, 'pass-1234', tenantA));
    await anonymous().call(callableNames.completeFirstLogin, { token, password: 'pass-1234' });
    await anonymous().signIn(email, 'pass-1234', tenantA);
  });

  it('refuses an e-mail that belongs to staff, and writes nothing', async () => {
    const { clientId } = await adminA.call<{ clientId: string }>(
      callableNames.createClient,
      clientInput(staffEmailA),
    );
    const before = await tenantState(tenantA);
    const staffUser = await (await poolAuth(tenantA)).getUserByEmail(staffEmailA);
    await expectCode(
      adminA.call(callableNames.inviteClient, { clientId }),
      'functions/already-exists',
      'Cette adresse est celle d’un membre de votre équipe',
    );
    expect(await tenantState(tenantA)).toBe(before);
    expect((await (await poolAuth(tenantA)).getUser(staffUser.uid)).customClaims).toEqual(
      staffUser.customClaims,
    );
    expect((await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).get('status')).toBe(
      'added',
    );
  });
});

describe('another tenant’s client', () => {
  it('is not found by staff of another tenant, and stays as it was', async () => {
    const { clientId, email } = await createAndInvite();
    const ref = db.doc(`tenants/${tenantA}/clients/${clientId}`);
    const before = (await ref.get()).updateTime;
    const stateA = await tenantState(tenantA);
    const stateB = await tenantState(tenantB);
    for (const name of [
      callableNames.inviteClient,
      callableNames.revokeClientAccess,
      callableNames.restoreClientAccess,
      callableNames.deleteClient,
    ]) {
      await expectCode(
        adminB.call(name, { clientId }),
        'functions/not-found',
        'Client introuvable.',
      );
    }
    await expectCode(
      adminB.call(callableNames.addClientLogin, {
        clientId,
        email: newEmail('intruder'),
        displayName: 'Intrus',
      }),
      'functions/not-found',
    );
    expect((await ref.get()).updateTime?.isEqual(before!)).toBe(true);
    expect(await tenantState(tenantA)).toBe(stateA);
    expect(await tenantState(tenantB)).toBe(stateB);
    expect((await (await poolAuth(tenantA)).getUserByEmail(email)).disabled).toBe(false);
  });

  it('is not found by a collaborator when the tenant shows only shared clients', async () => {
    const tenant = await createTenant();
    await db.doc(`tenants/${tenant}/config/settings`).set({ collaboratorsSeeSharedOnly: true });
    const admin = await createStaff(tenant, 'admin');
    const collaborator = await createStaff(tenant, 'collaborator');
    const adminWeb = await signedIn(admin);
    const collaboratorWeb = await signedIn(collaborator);
    const { clientId } = await adminWeb.call<{ clientId: string }>(
      callableNames.createClient,
      clientInput(newEmail('hidden')),
    );
    await expectCode(
      collaboratorWeb.call(callableNames.inviteClient, { clientId }),
      'functions/not-found',
    );
    await db.doc(`tenants/${tenant}/clients/${clientId}`).update({
      sharedWith: [collaborator.uid],
    });
    await collaboratorWeb.call(callableNames.inviteClient, { clientId });
  });
});

describe('revoke and restore', () => {
  it('closes every session at once, keeps the data, and gives access back', async () => {
    const { clientId, email, token } = await createAndInvite();
    await anonymous().call(callableNames.completeFirstLogin, { token, password: 'pass-1234' });
    const ref = db.doc(`tenants/${tenantA}/clients/${clientId}`);
    await ref.collection('messages').add({ text: 'Bonjour', fromClient: true });

    expect(await adminA.call(callableNames.revokeClientAccess, { clientId })).toEqual({
      clientId,
      status: 'revoked',
    });
    expect((await ref.get()).get('status')).toBe('revoked');
    await expectCode(anonymous().signIn(email, 'pass-1234', tenantA), 'auth/user-disabled');
    expect((await ref.collection('messages').count().get()).data().count).toBe(1);
    // Revoking twice is harmless; a revoked client is not invited.
    await collaboratorA.call(callableNames.revokeClientAccess, { clientId });
    await expectCode(
      adminA.call(callableNames.inviteClient, { clientId }),
      'functions/failed-precondition',
    );

    expect(await adminA.call(callableNames.restoreClientAccess, { clientId })).toEqual({
      clientId,
      status: 'active',
    });
    expect((await ref.get()).get('status')).toBe('active');
    await anonymous().signIn(email, 'pass-1234', tenantA);
  });

  it('restores to invited when nobody had chosen a password, and the link is refused meanwhile', async () => {
    const { clientId, token } = await createAndInvite();
    await adminA.call(callableNames.revokeClientAccess, { clientId });
    await expectCode(
      anonymous().call(callableNames.completeFirstLogin, { token, password: 'pass-1234' }),
      'functions/permission-denied',
    );
    expect(await adminA.call(callableNames.restoreClientAccess, { clientId })).toMatchObject({
      status: 'invited',
    });
    // The refused attempt did not use the link up.
    await anonymous().call(callableNames.completeFirstLogin, { token, password: 'pass-1234' });
  });

  it('refuses to revoke a contact who was never invited', async () => {
    const { clientId } = await adminA.call<{ clientId: string }>(
      callableNames.createClient,
      clientInput(newEmail('never')),
    );
    await expectCode(
      adminA.call(callableNames.revokeClientAccess, { clientId }),
      'functions/failed-precondition',
    );
    await expectCode(
      adminA.call(callableNames.restoreClientAccess, { clientId }),
      'functions/failed-precondition',
    );
  });
});

describe('addClientLogin', () => {
  it('gives a second person a working login on the same space', async () => {
    const { clientId, email, token } = await createAndInvite();
    await anonymous().call(callableNames.completeFirstLogin, { token, password: 'pass-1234' });
    const partner = newEmail('partner');
    const added = await collaboratorA.call<{ clientId: string; emailQueued: boolean }>(
      callableNames.addClientLogin,
      { clientId, email: partner.toUpperCase(), displayName: 'Marc Martin' },
    );
    expect(added).toEqual({ clientId, emailQueued: true });
    const [mail] = await waitForMails(partner);
    expect(mail?.text).toContain('Bonjour Marc Martin,');
    const ref = db.doc(`tenants/${tenantA}/clients/${clientId}`);
    expect((await ref.get()).get('status')).toBe('active');

    const page = anonymous();
    expect(
      await page.call(callableNames.completeFirstLogin, {
        token: tokenOf(mail),
        password: 'pass-5678',
      }),
    ).toEqual({ email: partner });
    await page.signIn(partner, 'pass-5678', tenantA);
    const claims = (await getWebAuth(page.app).currentUser?.getIdTokenResult())?.claims;
    expect(claims).toMatchObject({ tenantId: tenantA, role: 'client', clientId });
    const client = (await ref.get()).data();
    const partnerUid = (await userByEmail(partner))?.uid;
    expect(client?.loginUids).toHaveLength(2);
    expect(client?.loginUids).toContain(partnerUid);
    expect(client?.logins?.[partnerUid!]).toMatchObject({
      email: partner,
      displayName: 'Marc Martin',
    });

    // The partner's e-mail is now taken in the tenant.
    await expectCode(
      adminA.call(callableNames.createClient, clientInput(partner)),
      'functions/already-exists',
    );
    await expectCode(
      adminA.call(callableNames.addClientLogin, { clientId, email: partner, displayName: 'Marc' }),
      'functions/already-exists',
    );
    // Revoking the space closes both logins.
    await adminA.call(callableNames.revokeClientAccess, { clientId });
    await expectCode(anonymous().signIn(partner, 'pass-5678', tenantA), 'auth/user-disabled');
    await expectCode(anonymous().signIn(email, 'pass-1234', tenantA), 'auth/user-disabled');
  });

  it('refuses bad input, writing nothing; another contact’s e-mail changes nothing', async () => {
    const { clientId } = await createAndInvite();
    const other = newEmail('other');
    await adminA.call(callableNames.createClient, clientInput(other));
    const space = (await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).data();
    // No enumeration (tests/functions/no-enumeration.test.ts): the answer a free address gets;
    // only the address is told, by e-mail.
    expect(
      await adminA.call(callableNames.addClientLogin, { clientId, email: other, displayName: 'X' }),
    ).toEqual({ clientId, emailQueued: true });
    expect((await db.doc(`tenants/${tenantA}/clients/${clientId}`).get()).data()).toEqual(space);
    const before = await tenantState(tenantA);
    await expectCode(
      adminA.call(callableNames.addClientLogin, { clientId, email: 'nope', displayName: 'X' }),
      'functions/invalid-argument',
    );
    await expectCode(
      adminA.call(callableNames.addClientLogin, { clientId, email: newEmail('y') }),
      'functions/invalid-argument',
    );
    expect(await tenantState(tenantA)).toBe(before);
    expect(await userByEmail(other)).toBeNull();
  });
});
