// The public sign-up's robot check (ALTCHA proof of work) against the running stack: the widget's
// challenge endpoint, and signUpTenant refusing every solution but a fresh, right one.
import { afterAll, describe, expect, it } from 'vitest';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { createChallenge, pbkdf2, type Challenge } from 'altcha/lib';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import { newEmail } from '../support/calls.js';
import {
  encodePayload,
  fetchChallenge,
  functionsUrl,
  localEnv,
  rawCall,
  solve,
  solvedHumanCheck,
} from './hardening-support.js';

const db = getFirestore(adminApp());
const adminAuth = getAuth(adminApp());

afterAll(async () => {
  await closeAdminApps();
});

const signUpData = (altcha: unknown) => ({
  companyName: 'Robots Anonymes',
  slug: uniqueId('robot').toLowerCase().slice(0, 40),
  ownerName: 'Rob Ot',
  email: newEmail('robot'),
  password: 'un-bon-mot-de-passe',
  altcha,
  acceptTerms: true,
});

/** Nothing of a refused sign-up is left: no tenant, no pool. */
async function nothingCreated(slug: string) {
  expect((await db.doc(`tenants/${slug}`).get()).exists).toBe(false);
  const { tenants } = await adminAuth.tenantManager().listTenants(1000);
  expect(tenants.some((tenant) => tenant.displayName === `t-${slug}`.slice(0, 20))).toBe(false);
}

async function refused(altcha: unknown, status: string, message: string, code?: string) {
  const data = signUpData(altcha);
  const answer = await rawCall('signUpTenant', data);
  expect(answer.error, JSON.stringify(answer)).toMatchObject({ status });
  expect(answer.error?.message).toContain(message);
  if (code) expect(answer.error?.details?.code).toBe(code);
  await nothingCreated(data.slug);
}

/** A challenge signed with `key` (the development key of functions/.env.local, or a forgery). */
function craft(key: string, overrides: { expiresAt?: Date; purpose?: string } = {}) {
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: 100,
    deriveKey: pbkdf2.deriveKey,
    data: { purpose: overrides.purpose ?? 'signUp' },
    expiresAt: overrides.expiresAt ?? new Date(Date.now() + 600_000),
    hmacSignatureSecret: key,
  });
}

describe('signUpChallenge', () => {
  it('hands out a fresh signed proof-of-work challenge, never cached', async () => {
    const response = await fetch(`${functionsUrl}/signUpChallenge`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const challenge = (await response.json()) as Challenge;
    expect(challenge.parameters).toMatchObject({
      algorithm: 'PBKDF2/SHA-256',
      cost: expect.any(Number),
      data: { purpose: 'signUp' },
    });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    const minutes = ((challenge.parameters.expiresAt ?? 0) * 1000 - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(1);
    expect(minutes).toBeLessThanOrEqual(60);
    expect((await fetchChallenge()).parameters.nonce).not.toBe(challenge.parameters.nonce);
  });

  it('answers GET only', async () => {
    const response = await fetch(`${functionsUrl}/signUpChallenge`, { method: 'POST' });
    expect(response.status).toBe(400);
  });
});

describe('signUpTenant’s robot check', () => {
  it('accepts a solution once; the same solution again is refused', async () => {
    const altcha = await solvedHumanCheck();
    const first = signUpData(altcha);
    expect((await rawCall('signUpTenant', first)).result).toMatchObject({ tenantId: first.slug });
    await refused(altcha, 'FAILED_PRECONDITION', 'déjà servi', 'human-check/reused');
  });

  it('refuses a sign-up without a solution', async () => {
    await refused(undefined, 'INVALID_ARGUMENT', 'Vérification anti-robot manquante');
    await refused('', 'INVALID_ARGUMENT', 'Vérification anti-robot manquante');
  });

  it.each([
    ['text that is not a payload', 'pas-une-preuve'],
    ['base64 of something else', encodePayload({ hello: 'world' })],
    ['the widget’s test mode', encodePayload({ challenge: null, solution: null, test: true })],
    ['a number', 42],
    ['an oversized payload', 'A'.repeat(5000)],
  ])('refuses %s', async (_what, altcha) => {
    await refused(altcha, 'INVALID_ARGUMENT', 'invalide');
  });

  it('refuses a wrong solution and tampered parameters', async () => {
    const challenge = await fetchChallenge();
    const payload = JSON.parse(Buffer.from(await solve(challenge), 'base64').toString());
    const wrongKey = { ...payload, solution: { ...payload.solution, derivedKey: 'ab'.repeat(32) } };
    await refused(encodePayload(wrongKey), 'FAILED_PRECONDITION', 'a échoué', 'human-check/failed');
    const cheaper = {
      ...payload,
      challenge: { ...payload.challenge, parameters: { ...payload.challenge.parameters, cost: 1 } },
    };
    await refused(encodePayload(cheaper), 'FAILED_PRECONDITION', 'a échoué');
  });

  it('refuses a challenge this backend did not sign', async () => {
    const forged = await craft('a-key-the-attacker-chose-itself');
    await refused(await solve(forged), 'FAILED_PRECONDITION', 'a échoué', 'human-check/failed');
  });

  it('refuses an expired challenge, and one made for something else', async () => {
    const key = localEnv().ALTCHA_HMAC_KEY!;
    const expired = await craft(key, { expiresAt: new Date(Date.now() - 60_000) });
    await refused(await solve(expired), 'DEADLINE_EXCEEDED', 'a expiré', 'human-check/expired');
    const other = await craft(key, { purpose: 'newsletter' });
    await refused(await solve(other), 'FAILED_PRECONDITION', 'a échoué');
    // The same key and purpose, in time: accepted (so the refusals above are about what differs).
    const good = signUpData(await solve(await craft(key)));
    expect((await rawCall('signUpTenant', good)).result).toMatchObject({ tenantId: good.slug });
  });
});
