import { createHash, createHmac } from 'node:crypto';
import { HttpsError } from 'firebase-functions/v2/https';
import { defineSecret } from 'firebase-functions/params';
import { Timestamp } from 'firebase-admin/firestore';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { humanCheckPayloadSchema, type HumanCheckPayload } from '@portail/shared';
import { db } from '../admin.js';

/**
 * The public sign-up's human check: an ALTCHA proof of work. The backend signs a challenge (its
 * HMAC key is ALTCHA_HMAC_KEY), the browser's widget works out the solution (about a second of
 * PBKDF2 on a phone), and signUpTenant accepts the solution once, before it expires.
 *
 * The key is a Secret Manager secret in production (`firebase functions:secrets:set
 * ALTCHA_HMAC_KEY`), declared on the two functions that use it; the emulator reads a development
 * value from functions/.env.local instead, so the secret is only declared outside the emulator.
 */
export const altchaHmacKey = defineSecret('ALTCHA_HMAC_KEY');
export const humanCheckSecrets = process.env.FUNCTIONS_EMULATOR === 'true' ? [] : [altchaHmacKey];

export const HUMAN_CHECK_ALGORITHM = 'PBKDF2/SHA-256';
/** What the challenge says it is for, so that a challenge made for anything else is refused. */
const PURPOSE = 'signUp';
/** Where used solutions are remembered until their challenge expires (functions only). */
export const USED_CHALLENGES_COLLECTION = 'usedChallenges';

export interface HumanCheckSettings {
  /** PBKDF2 iterations per attempt. */
  cost: number;
  /** The solution is a counter drawn between half of this and this: the attempts to expect. */
  maxCounter: number;
  ttlMinutes: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

/** ALTCHA_COST, ALTCHA_MAX_COUNTER and ALTCHA_TTL_MINUTES, or the defaults (about 1 s of work). */
export function humanCheckSettings(
  env: Record<string, string | undefined> = process.env,
): HumanCheckSettings {
  return {
    cost: positive(env.ALTCHA_COST, 5_000),
    maxCounter: positive(env.ALTCHA_MAX_COUNTER, 1_000),
    ttlMinutes: positive(env.ALTCHA_TTL_MINUTES, 20),
  };
}

function hmacKey(): string {
  const key = process.env.ALTCHA_HMAC_KEY ?? '';
  if (key.length < 16) throw new Error('ALTCHA_HMAC_KEY is not set (at least 16 characters)');
  return key;
}

/** The second key altcha-lib wants (it signs the expected answer), derived from the first. */
const keySignatureKey = (key: string) =>
  createHmac('sha256', key).update('altcha-key-signature').digest('hex');

/** A new signed challenge, for the widget (`signUpChallenge`). */
export async function createHumanChallenge(now = Date.now()): Promise<Challenge> {
  const settings = humanCheckSettings();
  const key = hmacKey();
  return createChallenge({
    algorithm: HUMAN_CHECK_ALGORITHM,
    cost: settings.cost,
    counter: randomInt(settings.maxCounter, Math.ceil(settings.maxCounter / 2)),
    deriveKey,
    data: { purpose: PURPOSE },
    expiresAt: new Date(now + settings.ttlMinutes * 60_000),
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: keySignatureKey(key),
  });
}

const refusal = (
  code: 'invalid' | 'failed' | 'expired' | 'reused',
): [HttpsError['code'], string] => {
  switch (code) {
    case 'invalid':
      return ['invalid-argument', 'La vérification anti-robot est invalide : recommencez.'];
    case 'failed':
      return ['failed-precondition', 'La vérification anti-robot a échoué : recommencez.'];
    case 'expired':
      return ['deadline-exceeded', 'La vérification anti-robot a expiré : recommencez.'];
    case 'reused':
      return ['failed-precondition', 'Cette vérification anti-robot a déjà servi : recommencez.'];
  }
};

function humanCheckError(code: Parameters<typeof refusal>[0]): HttpsError {
  const [status, message] = refusal(code);
  return new HttpsError(status, message, { code: `human-check/${code}` });
}

/** The widget's payload (base64 of JSON), or null when it is not one. */
export function decodeHumanCheck(payload: string): HumanCheckPayload | null {
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    return humanCheckPayloadSchema.safeParse(json).data ?? null;
  } catch {
    return null;
  }
}

/**
 * Accepts a solution once: it must decode, be for a challenge this backend signed for the
 * sign-up, not be expired, solve it, and not have been used before (its challenge is then
 * remembered until it expires, by the signature, in `usedChallenges`). Throws the French refusal,
 * with `details.code` `human-check/invalid|failed|expired|reused`.
 */
export async function consumeHumanCheck(payload: string, now = Date.now()): Promise<void> {
  const decoded = decodeHumanCheck(payload);
  if (!decoded) throw humanCheckError('invalid');
  const { parameters } = decoded.challenge;
  if (parameters.algorithm !== HUMAN_CHECK_ALGORITHM) throw humanCheckError('invalid');
  const key = hmacKey();
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: keySignatureKey(key),
  }).catch(() => null);
  if (!result) throw humanCheckError('invalid');
  if (result.expired) throw humanCheckError('expired');
  const data = parameters.data as Record<string, unknown> | undefined;
  if (!result.verified || data?.purpose !== PURPOSE || !parameters.expiresAt) {
    throw humanCheckError('failed');
  }
  const id = createHash('sha256').update(decoded.challenge.signature).digest('hex');
  try {
    await db
      .collection(USED_CHALLENGES_COLLECTION)
      .doc(id)
      .create({
        usedAt: Timestamp.fromMillis(now),
        // A TTL policy on this field deletes the entry once the challenge could not be used anyway.
        expiresAt: Timestamp.fromMillis(parameters.expiresAt * 1000),
      });
  } catch (error) {
    if ((error as { code?: number }).code === 6) throw humanCheckError('reused');
    throw error;
  }
}
