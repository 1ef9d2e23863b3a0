// T5 / T7 sign-in with a one-click e-mailed link, against the running stack and the SMTP sink:
// requestSignInLink, completeSignInLink and the public copy of the setting for the sign-in page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { getAuth } from 'firebase/auth';
import { doc, getDoc } from 'firebase/firestore';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import {
  callableNames,
  defaultTenantSettings,
  SIGN_IN_LINK_TTL_MINUTES,
  type CompleteSignInLinkResult,
  type SignUpTenantResult,
} from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant } from '../support/identities.js';
import { authTenantOf, poolAuth } from '../support/pools.js';
import { mailsTo, type SinkMail } from '../support/mailbox.js';
import { expectCode, newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { solvedHumanCheck } from './hardening-support.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const web = () => sessions.anonymous();

const ask = (tenantId: string, email: string) =>
  web().call(callableNames.requestSignInLink, { tenantId, email });
const complete = (token: string) =>
  web().call<CompleteSignInLinkResult>(callableNames.completeSignInLink, { token });

const isSignInLink = (mail: SinkMail) => Boolean(mail.text?.includes('/signin-link?'));
const signInLinksTo = async (address: string) => (await mailsTo(address)).filter(isSignInLink);

async function setMagicLink(tenantId: string, magicLinkSignIn: boolean) {
  await db
    .doc(`tenants/${tenantId}/config/settings`)
    .set({ ...defaultTenantSettings, magicLinkSignIn });
}

/** The sign-in link e-mail to `address` (after the invitation). */
async function signInMail(address: string): Promise<SinkMail> {
  return waitUntil(async () => (await signInLinksTo(address))[0], `a sign-in link to ${address}`);
}

/** No sign-in link queued for this address in the tenant, and none arrived in the sink. */
async function expectNoLink(tenantId: string, address: string) {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const queued = await db
    .collection(`tenants/${tenantId}/outbox`)
    .where('to', 'array-contains', address)
    .get();
  expect(queued.docs.filter((entry) => entry.get('kind') === 'signInLink')).toHaveLength(0);
  expect(await signInLinksTo(address)).toHaveLength(0);
}

/** How functions/src/common/tokens.ts stores a one-time token. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A one-time token stored directly, for the states no e-mail gives (expired, other kind). */
async function storeToken(
  record: { tenantId: string; uid: string; clientId: string | null; kind: string },
  expiresInMs: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.doc(`invites/${tokenHash(token)}`).set({
    ...record,
    expiresAt: Timestamp.fromMillis(Date.now() + expiresInMs),
    usedAt: null,
  });
  return token;
}

let tenantId: string;
let otherTenant: string;
let quietTenant: string;
let admin: WebClient;
let quietAdmin: WebClient;

beforeAll(async () => {
  [tenantId, otherTenant, quietTenant] = await Promise.all([
    createTenant(),
    createTenant(),
    createTenant(),
  ]);
  await Promise.all([
    setMagicLink(tenantId, true),
    setMagicLink(otherTenant, true),
    setMagicLink(quietTenant, false),
  ]);
  const [owner, quietOwner] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(quietTenant, 'owner'),
  ]);
  admin = await sessions.signedIn(owner.email, owner.password, tenantId);
  quietAdmin = await sessions.signedIn(quietOwner.email, quietOwner.password, quietTenant);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

/** A client of the admin's tenant, invited; active with a password unless `activate` is false. */
async function client(by = admin, activate = true) {
  const email = newEmail('client');
  const { clientId } = await by.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Lina',
    lastName: 'Moreau',
    email,
  });
  await by.call(callableNames.inviteClient, { clientId });
  const [invitation] = await waitForMails(email);
  if (activate) {
    await web().call(callableNames.completeFirstLogin, {
      token: tokenOf(invitation),
      password: 'first-pass-1',
    });
  }
  return { clientId, email };
}

describe('requestSignInLink', () => {
  it('e-mails a link that signs the client in with their claims, once, one e-mail per minute', async () => {
    const { clientId, email } = await client();
    expect(await ask(tenantId, email.toUpperCase())).toEqual({ ok: true });
    expect(await ask(tenantId, email)).toEqual({ ok: true });
    const mail = await signInMail(email);
    expect(mail.subject).toBe(`Votre lien de connexion à Agence ${tenantId}`);
    expect(mail.text).toMatch(
      new RegExp(`http://localhost:5174/signin-link\\?tenant=${tenantId}&token=[A-Za-z0-9_-]+`),
    );
    expect(mail.html).toContain('Me connecter');
    expect(mail.text).toContain(`valable ${SIGN_IN_LINK_TTL_MINUTES} minutes`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await signInLinksTo(email)).toHaveLength(1);
    const invite = (await db.doc(`invites/${tokenHash(tokenOf(mail))}`).get()).data();
    expect(invite).toMatchObject({ tenantId, clientId, kind: 'signInLink', usedAt: null });
    const minutes = (invite?.expiresAt.toMillis() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(SIGN_IN_LINK_TTL_MINUTES - 2);
    expect(minutes).toBeLessThanOrEqual(SIGN_IN_LINK_TTL_MINUTES);

    const { token } = await complete(tokenOf(mail));
    const session = web();
    await session.signInWithToken(token, tenantId);
    const user = getAuth(session.app).currentUser;
    expect(user?.email).toBe(email);
    const { claims } = await user!.getIdTokenResult();
    expect(claims).toMatchObject({ tenantId, role: 'client', clientId });
    // The rules let the session into its own space.
    const space = await getDoc(doc(session.firestore(), 'tenants', tenantId, 'clients', clientId));
    expect(space.get('status')).toBe('active');

    await expectCode(complete(tokenOf(mail)), 'functions/failed-precondition', 'déjà été utilisé');
  });

  it('sends nothing when the agency has not turned sign-in links on', async () => {
    const { email } = await client(quietAdmin);
    expect(await ask(quietTenant, email)).toEqual({ ok: true });
    await expectNoLink(quietTenant, email);
  });

  it('answers ok but sends nothing to an unknown e-mail, staff, another tenant, an invited or a revoked client', async () => {
    const nobody = newEmail('nobody');
    const staff = await createStaff(tenantId, 'admin');
    const invited = await client(admin, false);
    const revoked = await client();
    const elsewhere = await client();
    await admin.call(callableNames.revokeClientAccess, { clientId: revoked.clientId });

    expect(await ask(tenantId, nobody)).toEqual({ ok: true });
    expect(await ask('no-such-agency', nobody)).toEqual({ ok: true });
    expect(await ask(tenantId, staff.email)).toEqual({ ok: true });
    expect(await ask(tenantId, invited.email)).toEqual({ ok: true });
    expect(await ask(tenantId, revoked.email)).toEqual({ ok: true });
    expect(await ask(otherTenant, elsewhere.email)).toEqual({ ok: true });

    await expectNoLink(tenantId, nobody);
    await expectNoLink(tenantId, staff.email);
    await expectNoLink(tenantId, invited.email);
    await expectNoLink(tenantId, revoked.email);
    await expectNoLink(otherTenant, elsewhere.email);
    await expectNoLink(tenantId, elsewhere.email);
  });

  it('refuses malformed input', async () => {
    await expectCode(
      web().call(callableNames.requestSignInLink, { tenantId, email: 'pas-une-adresse' }),
      'functions/invalid-argument',
      'Adresse e-mail invalide.',
    );
    await expectCode(
      web().call(callableNames.requestSignInLink, { tenantId: 'X', email: 'a@b.fr' }),
      'functions/invalid-argument',
    );
    await expectCode(web().call(callableNames.requestSignInLink), 'functions/invalid-argument');
  });
});

describe('completeSignInLink', () => {
  it('refuses an expired link, a link of another kind, and an unknown one', async () => {
    const { clientId, email } = await client();
    const { uid } = await (await poolAuth(tenantId)).getUserByEmail(email);
    const expired = await storeToken({ tenantId, uid, clientId, kind: 'signInLink' }, -60_000);
    await expectCode(complete(expired), 'functions/deadline-exceeded', 'Ce lien a expiré.');
    const reset = await storeToken({ tenantId, uid, clientId, kind: 'passwordReset' }, 60_000);
    await expectCode(complete(reset), 'functions/not-found', 'Ce lien n’est pas valide.');
    await expectCode(
      complete(randomBytes(32).toString('base64url')),
      'functions/not-found',
      'Ce lien n’est pas valide.',
    );
  });

  it('refuses the link of a client whose access was revoked after it was sent', async () => {
    const { clientId, email } = await client();
    await ask(tenantId, email);
    const mail = await signInMail(email);
    await admin.call(callableNames.revokeClientAccess, { clientId });
    await expectCode(complete(tokenOf(mail)), 'functions/permission-denied', 'retiré');
    // The refused link was not spent.
    const invite = await db.doc(`invites/${tokenHash(tokenOf(mail))}`).get();
    expect(invite.get('usedAt')).toBeNull();
  });

  it('refuses malformed input', async () => {
    await expectCode(
      web().call(callableNames.completeSignInLink, { token: 'abc' }),
      'functions/invalid-argument',
      'Lien invalide.',
    );
    await expectCode(
      web().call(callableNames.completeSignInLink, {}),
      'functions/invalid-argument',
    );
  });
});

describe('public/signin, the sign-in page options', () => {
  const published = async (id: string) =>
    getDoc(doc(web().firestore(), 'tenants', id, 'public', 'signin'));

  it('follows config/settings.magicLinkSignIn and is readable signed out', async () => {
    const id = await createTenant();
    await setMagicLink(id, true);
    await waitUntil(
      async () => (await published(id)).get('magicLink') === true,
      'public/signin on',
    );
    await setMagicLink(id, false);
    await waitUntil(
      async () => (await published(id)).get('magicLink') === false,
      'public/signin off',
    );
    // The agency's Auth tenant, written at sign-up, stays beside the option.
    expect((await published(id)).data()).toEqual({
      magicLink: false,
      authTenantId: await authTenantOf(id),
    });
  });

  it('exists from the tenant sign-up on, switched off', async () => {
    const slug = uniqueId('agence').toLowerCase().slice(0, 40);
    const { tenantId: id } = await web().call<SignUpTenantResult>(callableNames.signUpTenant, {
      companyName: 'Liens Magiques',
      slug,
      ownerName: 'Paul Martin',
      email: newEmail('owner'),
      password: 'un-bon-mot-de-passe',
      altcha: await solvedHumanCheck(),
      acceptTerms: true,
    });
    expect((await db.doc(`tenants/${id}/public/signin`).get()).data()).toEqual({
      magicLink: false,
      authTenantId: await authTenantOf(id),
    });
  });
});
