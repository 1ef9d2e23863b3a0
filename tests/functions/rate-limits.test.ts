// The abuse limits of the public callables against the running stack. functions/.env.local raises
// them for the suites (all from 127.0.0.1); these tests get fresh keys that do not depend on what
// the local proxy writes in X-Forwarded-For: a caller address of their own (the emulator-only
// X-Test-Client-Ip) and unique e-mail addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';
import type { WebClient } from '../support/callables.js';
import { createStaff, createTenant } from '../support/identities.js';
import { poolAuth } from '../support/pools.js';
import { newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { hashToken } from '../../functions/src/common/tokens.js';
import {
  defaultRateLimits,
  rateLimitDocId,
  windowOf,
  type RateLimitDimension,
  type RateLimitedAction,
} from '../../functions/src/common/rateLimitPolicy.js';
import {
  freshAddress,
  localEnv,
  localLimit,
  rawCall,
  solvedHumanCheck,
  type RawAnswer,
} from './hardening-support.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
let tenantId: string;
let admin: WebClient;

beforeAll(async () => {
  tenantId = await createTenant();
  await db.doc(`tenants/${tenantId}`).update({
    clientAppUrl: `http://localhost:5174/?tenant=${tenantId}`,
  });
  const who = await createStaff(tenantId, 'admin');
  admin = await sessions.signedIn(who.email, who.password, tenantId);
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

function expectTooMany(answer: RawAnswer) {
  expect(answer.status, JSON.stringify(answer)).toBe(429);
  expect(answer.error?.status).toBe('RESOURCE_EXHAUSTED');
  expect(answer.error?.message).toMatch(/^Trop de demandes : réessayez dans \d+ minutes?\.$/);
  expect(answer.error?.details?.code).toBe('rate-limited');
  expect(answer.error?.details?.retryAfterSeconds).toBeGreaterThan(0);
}

/** The limit as the emulated functions apply it (functions/.env.local over the defaults). */
function configured(action: RateLimitedAction, dimension: RateLimitDimension) {
  const base = defaultRateLimits.find((l) => l.action === action && l.dimension === dimension)!;
  const [max, minutes] = (localEnv()[base.env] ?? '').split('/').map(Number);
  return { max: max || base.max, windowMinutes: minutes || base.windowMinutes };
}

/** The counter document of a key in the current window (moving to the next one near its end). */
async function counter(action: RateLimitedAction, dimension: RateLimitDimension, key: string) {
  const { windowMinutes } = configured(action, dimension);
  let window = windowOf(windowMinutes, Date.now());
  if (window.end - Date.now() < 5_000) {
    await new Promise((resolve) => setTimeout(resolve, window.end - Date.now() + 100));
    window = windowOf(windowMinutes, Date.now());
  }
  return db.doc(`rateLimits/${rateLimitDocId(action, dimension, key, window.start)}`);
}

/** Brings a key to its limit, as if it had made every call the window allows. */
async function reachLimit(action: RateLimitedAction, dimension: RateLimitDimension, key: string) {
  const ref = await counter(action, dimension, key);
  await ref.set({ action, dimension, count: configured(action, dimension).max });
}

describe('counting', () => {
  it('refuses the sign-up past its limit per address, doing nothing, even with a good proof', async () => {
    const address = freshAddress();
    const limit = localLimit('RATE_LIMIT_SIGN_UP_IP');
    // Cheap calls that count: their input parses, then the proof is refused.
    const data = {
      companyName: 'Trop Pressée',
      slug: uniqueId('trop').toLowerCase().slice(0, 40),
      ownerName: 'Rob Ot',
      email: newEmail('trop'),
      password: 'un-bon-mot-de-passe',
      altcha: 'pas-une-preuve',
      acceptTerms: true,
    };
    for (let i = 0; i < limit; i++) {
      const answer = await rawCall('signUpTenant', data, { address });
      expect(answer.error?.details?.code, `call ${i + 1}`).toBe('human-check/invalid');
    }
    expectTooMany(await rawCall('signUpTenant', data, { address }));
    const good = { ...data, altcha: await solvedHumanCheck() };
    expectTooMany(await rawCall('signUpTenant', good, { address }));
    expect((await db.doc(`tenants/${data.slug}`).get()).exists).toBe(false);
    // The refused call did not use the proof up: from another address it goes through.
    const other = await rawCall('signUpTenant', good, { address: freshAddress() });
    expect(other.result, JSON.stringify(other)).toMatchObject({ tenantId: data.slug });
    const counted = await (await counter('signUp', 'ip', address)).get();
    expect(counted.get('count')).toBe(limit);
    // Neither the address nor anything else of the caller is stored, only counts.
    expect(Object.keys(counted.data() ?? {}).sort()).toEqual([
      'action',
      'count',
      'dimension',
      'expiresAt',
      'windowStart',
    ]);
  });

  it('refuses a password reset past its limit per e-mail address, from any caller address', async () => {
    const email = newEmail('reset-flood');
    const limit = localLimit('RATE_LIMIT_PASSWORD_RESET_EMAIL');
    const data = { tenantId, app: 'client', email };
    for (let i = 0; i < limit; i++) {
      const answer = await rawCall('requestPasswordReset', data);
      expect(answer.result, `call ${i + 1}`).toEqual({ ok: true });
    }
    expectTooMany(await rawCall('requestPasswordReset', data));
    expectTooMany(await rawCall('requestPasswordReset', { ...data, email: email.toUpperCase() }));
    // Another address is not held back.
    const other = await rawCall('requestPasswordReset', { ...data, email: newEmail('other') });
    expect(other.result).toEqual({ ok: true });
  });
});

describe('every public callable counts against its own limits', () => {
  const staffRequest = (email: string) => ({
    tenantId,
    displayName: 'Paul Pressé',
    email,
    password: 'un-bon-mot-de-passe',
  });
  const cases: Array<{
    callable: string;
    action: RateLimitedAction;
    dimension: RateLimitDimension;
    data: (email: string) => unknown;
  }> = [
    {
      callable: 'signUpTenant',
      action: 'signUp',
      dimension: 'ip',
      data: (email) => ({
        companyName: 'X',
        slug: uniqueId('x').toLowerCase().slice(0, 40),
        ownerName: 'X',
        email,
        password: 'un-bon-mot-de-passe',
        altcha: 'pas-une-preuve',
        acceptTerms: true,
      }),
    },
    { callable: 'requestStaffAccess', action: 'staffRequest', dimension: 'ip', data: staffRequest },
    {
      callable: 'requestStaffAccess',
      action: 'staffRequest',
      dimension: 'email',
      data: staffRequest,
    },
    ...(['ip', 'email'] as const).flatMap((dimension) => [
      {
        callable: 'requestPasswordReset',
        action: 'passwordReset' as const,
        dimension,
        data: (email: string) => ({ tenantId, app: 'admin', email }),
      },
      {
        callable: 'requestSignInLink',
        action: 'signInLink' as const,
        dimension,
        data: (email: string) => ({ tenantId, email }),
      },
    ]),
    ...['completeFirstLogin', 'completeSignInLink', 'completePasswordReset'].map((callable) => ({
      callable,
      action: 'linkCompletion' as const,
      dimension: 'ip' as const,
      data: () => ({ token: 'x'.repeat(43), password: 'un-bon-mot-de-passe' }),
    })),
  ];

  it.each(cases.map((k) => [`${k.callable} · ${k.action} per ${k.dimension}`, k] as const))(
    '%s',
    async (_name, k) => {
      const address = freshAddress();
      const email = newEmail('limited');
      const key = k.dimension === 'ip' ? address : email;
      // One call counts once…
      await rawCall(k.callable, k.data(email), { address });
      expect((await (await counter(k.action, k.dimension, key)).get()).get('count')).toBe(1);
      // …and at the limit, the next one is refused.
      await reachLimit(k.action, k.dimension, key);
      expectTooMany(await rawCall(k.callable, k.data(email), { address }));
    },
  );

  it('a refused staff request creates no account', async () => {
    const address = freshAddress();
    const email = newEmail('refused-staff');
    await reachLimit('staffRequest', 'ip', address);
    expectTooMany(await rawCall('requestStaffAccess', staffRequest(email), { address }));
    await expect((await poolAuth(tenantId)).getUserByEmail(email)).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
  });

  it('a refused first login leaves the link as it was, to use from elsewhere', async () => {
    const email = newEmail('limited-client');
    const { clientId } = await admin.call<{ clientId: string }>(callableNames.createClient, {
      firstName: 'Léa',
      lastName: 'Pressée',
      email,
    });
    await admin.call(callableNames.inviteClient, { clientId });
    const token = tokenOf((await waitForMails(email))[0]);
    const address = freshAddress();
    await reachLimit('linkCompletion', 'ip', address);
    const data = { token, password: 'pass-1234' };
    expectTooMany(await rawCall('completeFirstLogin', data, { address }));
    expect((await db.doc(`invites/${hashToken(token)}`).get()).get('usedAt')).toBeNull();
    const elsewhere = await rawCall('completeFirstLogin', data, { address: freshAddress() });
    expect(elsewhere.result).toEqual({ email });
  });
});
