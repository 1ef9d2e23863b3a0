// T1 sign-up against the running stack: real Auth, Firestore and Functions, called as the app does.
import { afterAll, describe, expect, it } from 'vitest';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { doc, getDoc, setDoc } from 'firebase/firestore';
import {
  callableNames,
  exampleProperties,
  SANDBOX_PURGE_DAYS,
  TERMS_VERSION,
  termsNotAcceptedCode,
  type SignUpTenantResult,
} from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import { expectCode, newEmail, Sessions } from '../support/calls.js';
import { poolAuth } from '../support/pools.js';
import { solvedHumanCheck } from './hardening-support.js';

const db = getFirestore(adminApp());
const adminAuth = getAuth(adminApp());
const sessions = new Sessions();

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

const slug = () => uniqueId('agence').toLowerCase().slice(0, 40);
/** A sign-up as the page sends it, the robot check solved as the widget solves it. */
const signUpInput = async (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Chasseurs Réunis',
  slug: slug(),
  ownerName: 'Claire Fontaine',
  email: newEmail('owner'),
  password: 'un-bon-mot-de-passe',
  altcha: await solvedHumanCheck(),
  acceptTerms: true,
  ...overrides,
});
const signUp = (input: unknown) =>
  sessions.anonymous().call<SignUpTenantResult>(callableNames.signUpTenant, input);

/** Whether an Auth tenant (user pool) was left behind for this slug. */
async function poolLeftFor(slug: string): Promise<boolean> {
  const { tenants } = await adminAuth.tenantManager().listTenants(1000);
  return tenants.some((tenant) => tenant.displayName === `t-${slug}`.slice(0, 20));
}

describe('signUpTenant (T1)', () => {
  it('creates a sandbox tenant, its branding, settings and owner, who can then use it', async () => {
    const input = await signUpInput();
    const { tenantId } = await signUp(input);
    expect(tenantId).toBe(input.slug);

    const tenant = (await db.doc(`tenants/${tenantId}`).get()).data();
    expect(tenant).toMatchObject({ name: 'Chasseurs Réunis', slug: tenantId, plan: 'sandbox' });
    // The consent, as given: the version of the texts and the server's time of the sign-up.
    expect(tenant?.termsVersion).toBe(TERMS_VERSION);
    expect(Math.abs(tenant?.termsAcceptedAt.toMillis() - Date.now())).toBeLessThan(300_000);
    const days = (tenant?.purgeAt.toMillis() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(SANDBOX_PURGE_DAYS - 1);
    expect(days).toBeLessThanOrEqual(SANDBOX_PURGE_DAYS);
    expect(tenant?.adminAppUrl).toBe(`http://localhost:5173/?tenant=${tenantId}`);
    expect(tenant?.clientAppUrl).toBe(`http://localhost:5174/?tenant=${tenantId}`);

    // The owner lives in the agency's own pool, recorded on the tenant and published for sign-in.
    expect(tenant?.authTenantId).toEqual(expect.any(String));
    expect((await db.doc(`tenants/${tenantId}/public/signin`).get()).data()).toEqual({
      magicLink: false,
      authTenantId: tenant?.authTenantId,
    });
    await expect(adminAuth.getUserByEmail(input.email)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    const owner = await (await poolAuth(tenantId)).getUserByEmail(input.email);
    expect(owner.customClaims).toEqual({ tenantId, role: 'owner' });
    expect(tenant?.ownerUid).toBe(owner.uid);
    expect((await db.doc(`tenants/${tenantId}/members/${owner.uid}`).get()).data()).toMatchObject({
      role: 'owner',
      status: 'active',
      email: input.email,
      displayName: 'Claire Fontaine',
    });
    expect((await db.doc(`tenants/${tenantId}/public/branding`).get()).data()).toMatchObject({
      name: 'Chasseurs Réunis',
      language: 'fr',
    });
    expect((await db.doc(`tenants/${tenantId}/config/settings`).get()).get('rowsPerPage')).toBe(25);
    // The sandbox comes with the example properties, their private details kept apart.
    const properties = await db.collection(`tenants/${tenantId}/properties`).get();
    expect(properties.size).toBe(exampleProperties.length);
    expect(properties.docs.every((property) => property.get('example') === true)).toBe(true);
    const first = properties.docs[0]!;
    expect(first.get('privateNote')).toBeUndefined();
    expect((await first.ref.collection('private').doc('details').get()).get('note')).toMatch(
      /contact/,
    );

    // The owner signs in and, under the rules, edits the settings of their own tenant.
    const web = await sessions.signedIn(input.email, input.password, tenantId);
    const firestore = web.firestore();
    expect((await getDoc(doc(firestore, 'tenants', tenantId))).get('plan')).toBe('sandbox');
    await setDoc(doc(firestore, 'tenants', tenantId, 'config', 'settings'), {
      rowsPerPage: 50,
      language: 'en',
      collaboratorsSeeSharedOnly: true,
      magicLinkSignIn: false,
    });
  });

  it('refuses a slug already taken, and leaves no account behind', async () => {
    const first = await signUpInput();
    await signUp(first);
    const second = await signUpInput({ slug: first.slug });
    await expectCode(signUp(second), 'functions/already-exists', 'déjà pris');
    await expect((await poolAuth(first.slug)).getUserByEmail(second.email)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
    expect((await db.doc(`tenants/${first.slug}`).get()).get('name')).toBe('Chasseurs Réunis');
  });

  it('refuses a reserved slug', async () => {
    const input = await signUpInput({ slug: 'admin' });
    await expectCode(signUp(input), 'functions/already-exists');
    expect(await poolLeftFor(input.slug)).toBe(false);
  });

  it('lets the same e-mail found a second agency, with its own pool and password', async () => {
    const first = await signUpInput();
    await signUp(first);
    // Nothing tells the second sign-up that the address has an account elsewhere: every agency
    // starts from an empty pool.
    const second = await signUpInput({
      email: first.email.toUpperCase(),
      password: 'un-autre-secret',
    });
    await signUp(second);
    const [a, b] = await Promise.all([
      db.doc(`tenants/${first.slug}`).get(),
      db.doc(`tenants/${second.slug}`).get(),
    ]);
    expect(a.get('authTenantId')).not.toBe(b.get('authTenantId'));
    await sessions.signedIn(first.email, first.password, first.slug);
    await sessions.signedIn(first.email, 'un-autre-secret', second.slug);
    await expectCode(sessions.signedIn(first.email, 'un-autre-secret', first.slug), [
      'auth/wrong-password',
      'auth/invalid-credential',
    ]);
  });

  it.each([
    ['without the consent', { acceptTerms: undefined }],
    ['with the consent refused', { acceptTerms: false }],
    ['with a consent that is not a yes', { acceptTerms: 'true' }],
  ])('refuses a sign-up %s, with its code, and creates nothing', async (_what, overrides) => {
    const input = await signUpInput(overrides);
    const error = await expectCode(
      signUp(input),
      'functions/invalid-argument',
      "Vous devez accepter les conditions d'utilisation et la politique de confidentialité.",
    );
    expect((error as unknown as { details?: { code?: string } }).details?.code).toBe(
      termsNotAcceptedCode,
    );
    expect((await db.doc(`tenants/${input.slug}`).get()).exists).toBe(false);
    expect(await poolLeftFor(input.slug)).toBe(false);
  });

  it.each([
    ['a missing company name', { companyName: '' }, 'Le nom de la société est obligatoire.'],
    ['a slug with capitals and spaces', { slug: 'Mon Agence!' }, 'Identifiant'],
    ['a one-letter slug', { slug: 'a' }, 'Identifiant'],
    ['a bad e-mail', { email: 'pas-une-adresse' }, 'Adresse e-mail invalide.'],
    ['a short password', { password: 'court' }, 'au moins 8 caractères'],
    ['a missing owner name', { ownerName: undefined }, 'Votre nom est obligatoire.'],
  ])('refuses %s with a clear message and writes nothing', async (_what, overrides, message) => {
    const input = await signUpInput(overrides);
    await expectCode(signUp(input), 'functions/invalid-argument', message);
    if (typeof input.slug === 'string' && /^[a-z0-9-]+$/.test(input.slug)) {
      expect((await db.doc(`tenants/${input.slug}`).get()).exists).toBe(false);
    }
    if (typeof input.slug === 'string') expect(await poolLeftFor(input.slug)).toBe(false);
  });
});
