// One identity pool per agency, against the running stack: the same person is a client of two
// agencies with two passwords, a token is only ever its own agency's, and nobody can take an
// address away from an agency (a pending staff request does not block inviting it as a client).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth as getWebAuth } from 'firebase/auth';
import { doc, getDoc } from 'firebase/firestore';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';
import { callableNames, type StartImpersonationResult } from '@portail/shared';
import type { WebClient } from '../support/callables.js';
import {
  expectCode,
  newEmail,
  Sessions,
  tokenOf,
  waitForMails,
  wrongPassword,
} from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { authTenantOf, poolAuth } from '../support/pools.js';
import { adminApp, closeAdminApps } from '../support/stack.js';
// After the stack's environment is set (support/stack.js): functions' Admin SDK reads it at load.
import { purgeTenant } from '../../functions/src/tenancy/purgeSandbox.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();

let agencyA: string;
let agencyB: string;
let adminA: WebClient;
let adminB: WebClient;

beforeAll(async () => {
  [agencyA, agencyB] = await Promise.all([createTenant(), createTenant()]);
  const [a, b] = await Promise.all([createStaff(agencyA, 'admin'), createStaff(agencyB, 'admin')]);
  adminA = await sessions.signedIn(a.email, a.password, agencyA);
  adminB = await sessions.signedIn(b.email, b.password, agencyB);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** Creates the client in the agency, invites them and sets their password from the e-mail. */
async function clientOf(admin: WebClient, email: string, password: string, since = 0) {
  const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Camille',
    lastName: 'Durand',
    email,
  });
  await admin.call(callableNames.inviteClient, { clientId });
  const mails = await waitForMails(email, since + 1);
  await sessions
    .anonymous()
    .call(callableNames.completeFirstLogin, { token: tokenOf(mails.at(-1)), password });
  return clientId;
}

const readable = async (web: WebClient, path: string) =>
  getDoc(doc(web.firestore(), path)).then(
    () => true,
    () => false,
  );

describe('the same person in two agencies', () => {
  it('is invited by both, with two passwords, and each sign-in sees only its agency', async () => {
    const email = newEmail('camille');
    const clientA = await clientOf(adminA, email, 'secret-agence-a');
    const clientB = await clientOf(adminB, email, 'secret-agence-b', 1);

    const [userA, userB] = await Promise.all([
      (await poolAuth(agencyA)).getUserByEmail(email),
      (await poolAuth(agencyB)).getUserByEmail(email),
    ]);
    expect(userA.uid).not.toBe(userB.uid);
    expect(userA.customClaims).toEqual({ tenantId: agencyA, role: 'client', clientId: clientA });
    expect(userB.customClaims).toEqual({ tenantId: agencyB, role: 'client', clientId: clientB });

    const inA = await sessions.signedIn(email, 'secret-agence-a', agencyA);
    const inB = await sessions.signedIn(email, 'secret-agence-b', agencyB);
    // Each password opens its own agency only.
    await expectCode(sessions.signedIn(email, 'secret-agence-b', agencyA), wrongPassword);
    await expectCode(sessions.signedIn(email, 'secret-agence-a', agencyB), wrongPassword);

    const token = await getWebAuth(inA.app).currentUser!.getIdTokenResult();
    expect((token.claims.firebase as { tenant?: string }).tenant).toBe(await authTenantOf(agencyA));
    expect(await readable(inA, `tenants/${agencyA}/clients/${clientA}`)).toBe(true);
    expect(await readable(inA, `tenants/${agencyB}/clients/${clientB}`)).toBe(false);
    expect(await readable(inB, `tenants/${agencyB}/clients/${clientB}`)).toBe(true);
    expect(await readable(inB, `tenants/${agencyA}/clients/${clientA}`)).toBe(false);
  });

  it('can be a collaborator of one agency and a client of another', async () => {
    const email = newEmail('hugo');
    const request = await sessions.anonymous().call(callableNames.requestStaffAccess, {
      tenantId: agencyA,
      displayName: 'Hugo Collab',
      email,
      password: 'secret-equipe-a',
    });
    expect(request).toEqual({ status: 'pending' });
    const staffUid = (await (await poolAuth(agencyA)).getUserByEmail(email)).uid;
    await adminA.call(callableNames.decideStaffRequest, { uid: staffUid, approve: true });
    // The approval e-mail came first.
    const clientB = await clientOf(adminB, email, 'secret-client-b', 1);

    const staff = await sessions.signedIn(email, 'secret-equipe-a', agencyA);
    const client = await sessions.signedIn(email, 'secret-client-b', agencyB);
    expect(await readable(staff, `tenants/${agencyA}`)).toBe(true);
    expect(await readable(client, `tenants/${agencyB}/clients/${clientB}`)).toBe(true);
    expect(await readable(staff, `tenants/${agencyB}/clients/${clientB}`)).toBe(false);
  });
});

describe("a token is only its own agency's", () => {
  it("is refused by another agency's rules and callables, whatever its claims say", async () => {
    // A user of A's pool whose claims name B, with an active member document in B for its uid:
    // everything but the pool says "admin of B".
    const email = newEmail('intrus');
    const authA = await poolAuth(agencyA);
    const user = await authA.createUser({ email, password: 'secret-intrus' });
    await authA.setCustomUserClaims(user.uid, { tenantId: agencyB, role: 'admin' });
    await db.doc(`tenants/${agencyB}/members/${user.uid}`).set({
      email,
      displayName: 'Intrus',
      role: 'admin',
      status: 'active',
      authTenantId: await authTenantOf(agencyB),
      createdAt: FieldValue.serverTimestamp(),
    });
    const intruder = await sessions.signedIn(email, 'secret-intrus', agencyA);
    expect(await readable(intruder, `tenants/${agencyB}`)).toBe(false);
    expect(await readable(intruder, `tenants/${agencyB}/members/${user.uid}`)).toBe(false);
    const before = (await db.collection(`tenants/${agencyB}/clients`).count().get()).data().count;
    await expectCode(
      intruder.call(callableNames.createClient, {
        firstName: 'X',
        lastName: 'Y',
        email: newEmail('x'),
      }),
      'functions/permission-denied',
    );
    expect((await db.collection(`tenants/${agencyB}/clients`).count().get()).data().count).toBe(
      before,
    );
  });

  it("mints previews in the agency's pool: they do not sign in on another agency's app", async () => {
    const clientId = await clientOf(adminA, newEmail('apercu'), 'secret-apercu');
    const { token } = await adminA.call<StartImpersonationResult>(
      callableNames.startImpersonation,
      { clientId },
    );
    await expectCode(sessions.anonymous().signInWithToken(token, agencyB), [
      'auth/tenant-id-mismatch',
    ]);
    const preview = sessions.anonymous();
    await preview.signInWithToken(token, agencyA);
    expect(await readable(preview, `tenants/${agencyA}/clients/${clientId}`)).toBe(true);
  });
});

describe('nobody takes an address away from an agency', () => {
  it('a pending staff request does not stop inviting that e-mail as a client, in A or in B', async () => {
    const email = newEmail('squat');
    // Someone asks to join A with the address (and a password of their choosing).
    await sessions.anonymous().call(callableNames.requestStaffAccess, {
      tenantId: agencyA,
      displayName: 'Pas moi',
      email,
      password: 'mot-de-passe-squatteur',
    });
    const squatUid = (await (await poolAuth(agencyA)).getUserByEmail(email)).uid;

    // B invites the address as a client: A's pending request is nothing to B.
    await clientOf(adminB, email, 'secret-du-vrai-b');
    // A invites it too: the request is withdrawn, its account replaced by the client's own.
    const clientA = await clientOf(adminA, email, 'secret-du-vrai-a', 1);
    expect((await db.doc(`tenants/${agencyA}/members/${squatUid}`).get()).data()).toMatchObject({
      status: 'rejected',
      decisionReason: 'clientInvitation',
    });
    await expect((await poolAuth(agencyA)).getUser(squatUid)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    // The requester's password opens nothing; the invited person's does.
    await expectCode(sessions.signedIn(email, 'mot-de-passe-squatteur', agencyA), wrongPassword);
    const client = await sessions.signedIn(email, 'secret-du-vrai-a', agencyA);
    expect(await readable(client, `tenants/${agencyA}/clients/${clientA}`)).toBe(true);
    const audit = await db
      .collection(`tenants/${agencyA}/audit`)
      .where('targetId', '==', squatUid)
      .get();
    expect(audit.docs.map((entry) => entry.get('action'))).toContain('member.requestWithdrawn');
  });

  it('an active team member cannot also be a client of the same agency', async () => {
    const member = await createStaff(agencyA, 'collaborator');
    const { clientId } = await adminA.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Même',
      lastName: 'Personne',
      email: member.email,
    });
    await expectCode(
      adminA.call(callableNames.inviteClient, { clientId }),
      'functions/already-exists',
      'membre de votre équipe',
    );
    await sessions.signedIn(member.email, member.password, agencyA);
  });
});

describe('the sandbox purge', () => {
  it("deletes only that agency's users", async () => {
    const email = newEmail('purge');
    await clientOf(adminA, email, 'secret-purge-a');
    await clientOf(adminB, email, 'secret-purge-b', 1);
    await purgeTenant(agencyA);
    await expect((await poolAuth(agencyA)).getUserByEmail(email)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    await sessions.signedIn(email, 'secret-purge-b', agencyB);
  });
});
