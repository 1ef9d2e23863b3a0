// T4 team management against the running stack: request, approval, role change and removal, with
// the rules seeing each change on the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { collection, doc, getDoc, getDocs, setDoc } from 'firebase/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps } from '../support/stack.js';
import { expectCode, newEmail, Sessions, wrongPassword } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import type { WebClient } from '../support/callables.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();

let tenantId: string;
let otherTenantId: string;
let owner: { uid: string; email: string; password: string };
let ownerWeb: WebClient;
let collaboratorWeb: WebClient;
let otherOwnerWeb: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  otherTenantId = await createTenant();
  owner = await createStaff(tenantId, 'owner');
  const collaborator = await createStaff(tenantId, 'collaborator');
  const otherOwner = await createStaff(otherTenantId, 'owner');
  ownerWeb = await sessions.signedIn(owner.email, owner.password, tenantId);
  collaboratorWeb = await sessions.signedIn(collaborator.email, collaborator.password, tenantId);
  otherOwnerWeb = await sessions.signedIn(otherOwner.email, otherOwner.password, otherTenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

const password = 'mot-de-passe-equipe';

/** A collaborator's request through /firstlogin; returns their uid and e-mail. */
async function requestAccess(target = tenantId) {
  const email = newEmail('recrue');
  const result = await sessions.anonymous().call(callableNames.requestStaffAccess, {
    tenantId: target,
    displayName: 'Paul Recrue',
    email,
    password,
  });
  expect(result).toEqual({ status: 'pending' });
  const user = await (await poolAuth(target)).getUserByEmail(email);
  return { uid: user.uid, email };
}

async function approvedMember(role: 'admin' | 'collaborator' = 'collaborator') {
  const request = await requestAccess();
  await ownerWeb.call(callableNames.decideStaffRequest, { uid: request.uid, approve: true, role });
  return request;
}

const member = async (uid: string) =>
  (await db.doc(`tenants/${tenantId}/members/${uid}`).get()).data();

describe('requestStaffAccess and decideStaffRequest', () => {
  it('keeps a request pending, without claims and without access, until an admin approves it', async () => {
    const { uid, email } = await requestAccess();
    expect(await member(uid)).toMatchObject({ status: 'pending', role: 'collaborator', email });
    expect((await (await poolAuth(tenantId)).getUser(uid)).customClaims ?? {}).toEqual({});
    const pending = await sessions.signedIn(email, password, tenantId);
    await expectCode(getDoc(doc(pending.firestore(), 'tenants', tenantId)), 'permission-denied');

    await ownerWeb.call(callableNames.decideStaffRequest, {
      uid,
      approve: true,
      role: 'collaborator',
    });
    expect(await member(uid)).toMatchObject({ status: 'active', decidedBy: owner.uid });
    expect((await (await poolAuth(tenantId)).getUser(uid)).customClaims).toEqual({
      tenantId,
      role: 'collaborator',
    });
    const approved = await sessions.signedIn(email, password, tenantId);
    expect((await getDoc(doc(approved.firestore(), 'tenants', tenantId))).exists()).toBe(true);
    const audit = await db
      .collection(`tenants/${tenantId}/audit`)
      .where('targetId', '==', uid)
      .get();
    expect(audit.docs.map((entry) => entry.get('action'))).toContain('member.approved');
  });

  it('deletes the account of a rejected request, freeing the address in the pool', async () => {
    const { uid, email } = await requestAccess();
    await ownerWeb.call(callableNames.decideStaffRequest, { uid, approve: false });
    expect((await member(uid))?.status).toBe('rejected');
    await expect((await poolAuth(tenantId)).getUser(uid)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    await expectCode(sessions.signedIn(email, password, tenantId), [
      'auth/user-not-found',
      'auth/user-disabled',
      ...wrongPassword,
    ]);
  });

  it('refuses to decide twice, and refuses collaborators and other tenants', async () => {
    const { uid } = await requestAccess();
    await expectCode(
      collaboratorWeb.call(callableNames.decideStaffRequest, { uid, approve: true }),
      'functions/permission-denied',
    );
    await expectCode(
      otherOwnerWeb.call(callableNames.decideStaffRequest, { uid, approve: true }),
      'functions/not-found',
    );
    expect((await member(uid))?.status).toBe('pending');
    await ownerWeb.call(callableNames.decideStaffRequest, { uid, approve: true });
    await expectCode(
      ownerWeb.call(callableNames.decideStaffRequest, { uid, approve: false }),
      'functions/failed-precondition',
      'déjà été traitée',
    );
    expect((await member(uid))?.status).toBe('active');
  });

  it('refuses an unknown agency and bad input; a taken e-mail answers as a new one', async () => {
    const anonymous = sessions.anonymous();
    const input = { tenantId, displayName: 'X', email: newEmail('x'), password };
    await expectCode(
      anonymous.call(callableNames.requestStaffAccess, { ...input, tenantId: 'agence-inconnue' }),
      'functions/not-found',
      'Agence introuvable.',
    );
    // No enumeration (tests/functions/no-enumeration.test.ts): the owner's address gets the
    // answer a new address gets, and nothing is created.
    const members = (await db.collection(`tenants/${tenantId}/members`).count().get()).data();
    expect(
      await anonymous.call(callableNames.requestStaffAccess, { ...input, email: owner.email }),
    ).toEqual({ status: 'pending' });
    expect((await db.collection(`tenants/${tenantId}/members`).count().get()).data()).toEqual(
      members,
    );
    await expectCode(
      anonymous.call(callableNames.requestStaffAccess, { ...input, password: '123' }),
      'functions/invalid-argument',
      'au moins 8 caractères',
    );
    const count = await db
      .collection(`tenants/${tenantId}/members`)
      .where('email', '==', input.email)
      .count()
      .get();
    expect(count.data().count).toBe(0);
  });
});

describe('changeMemberRole', () => {
  it('makes a collaborator admin and back, applied by the rules on the next request', async () => {
    const { uid, email } = await approvedMember();
    const web = await sessions.signedIn(email, password, tenantId);
    const auditRef = collection(web.firestore(), 'tenants', tenantId, 'audit');
    await expectCode(getDocs(auditRef), 'permission-denied');

    await ownerWeb.call(callableNames.changeMemberRole, { uid, role: 'admin' });
    expect((await member(uid))?.role).toBe('admin');
    expect((await (await poolAuth(tenantId)).getUser(uid)).customClaims).toEqual({
      tenantId,
      role: 'admin',
    });
    // Same session, token not refreshed: the member document is what the rules trust.
    await getDocs(auditRef);

    await ownerWeb.call(callableNames.changeMemberRole, { uid, role: 'collaborator' });
    await expectCode(getDocs(auditRef), 'permission-denied');
  });

  it("refuses to change the owner, one's own role, a pending request or from a collaborator", async () => {
    const admin = await approvedMember('admin');
    const adminWeb = await sessions.signedIn(admin.email, password, tenantId);
    await expectCode(
      adminWeb.call(callableNames.changeMemberRole, { uid: owner.uid, role: 'collaborator' }),
      'functions/failed-precondition',
      'gérant',
    );
    await expectCode(
      adminWeb.call(callableNames.changeMemberRole, { uid: admin.uid, role: 'collaborator' }),
      'functions/failed-precondition',
    );
    const pending = await requestAccess();
    await expectCode(
      adminWeb.call(callableNames.changeMemberRole, { uid: pending.uid, role: 'admin' }),
      'functions/failed-precondition',
    );
    await expectCode(
      collaboratorWeb.call(callableNames.changeMemberRole, {
        uid: admin.uid,
        role: 'collaborator',
      }),
      'functions/permission-denied',
    );
    await expectCode(
      ownerWeb.call(callableNames.changeMemberRole, { uid: admin.uid, role: 'owner' }),
      'functions/invalid-argument',
    );
    expect((await member(admin.uid))?.role).toBe('admin');
    expect((await member(owner.uid))?.role).toBe('owner');
  });
});

describe('removeMember', () => {
  it('ends access at once: rules, claims, refresh tokens and sign-in', async () => {
    const { uid, email } = await approvedMember('admin');
    const web = await sessions.signedIn(email, password, tenantId);
    const settings = doc(web.firestore(), 'tenants', tenantId, 'config', 'settings');
    const tenantRef = doc(web.firestore(), 'tenants', tenantId);
    expect((await getDoc(tenantRef)).exists()).toBe(true);
    const before = await (await poolAuth(tenantId)).getUser(uid);

    await ownerWeb.call(callableNames.removeMember, { uid });

    // The still-valid ID token of the open session is refused by the rules straight away.
    await expectCode(getDoc(tenantRef), 'permission-denied');
    await expectCode(
      setDoc(settings, {
        rowsPerPage: 10,
        language: 'fr',
        collaboratorsSeeSharedOnly: false,
        magicLinkSignIn: false,
      }),
      'permission-denied',
    );
    await expectCode(
      web.call(callableNames.createClient, { firstName: 'A', lastName: 'B', email: newEmail('c') }),
      'functions/permission-denied',
    );
    const after = await (await poolAuth(tenantId)).getUser(uid);
    expect(after.customClaims ?? {}).toEqual({});
    expect(after.disabled).toBe(true);
    expect(new Date(after.tokensValidAfterTime ?? 0).getTime()).toBeGreaterThanOrEqual(
      new Date(before.tokensValidAfterTime ?? 0).getTime(),
    );
    await expectCode(sessions.signedIn(email, password, tenantId), [
      'auth/user-disabled',
      ...wrongPassword,
    ]);
    expect(await member(uid)).toMatchObject({ status: 'removed', removedBy: owner.uid });
  });

  it("refuses to remove the owner, oneself, or another tenant's member", async () => {
    const { uid } = await approvedMember();
    await expectCode(
      ownerWeb.call(callableNames.removeMember, { uid: owner.uid }),
      'functions/failed-precondition',
    );
    await expectCode(
      otherOwnerWeb.call(callableNames.removeMember, { uid }),
      'functions/not-found',
    );
    await expectCode(
      collaboratorWeb.call(callableNames.removeMember, { uid }),
      'functions/permission-denied',
    );
    await expectCode(
      ownerWeb.call(callableNames.removeMember, { uid: '../x' }),
      'functions/invalid-argument',
    );
    expect((await member(uid))?.status).toBe('active');
  });
});
