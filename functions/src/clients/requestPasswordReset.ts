import { onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import {
  appLink,
  readClaims,
  isStaffRole,
  requestPasswordResetInput,
  RESET_TTL_HOURS,
  type PortalClaims,
} from '@portail/shared';
import type { z } from 'zod';
import { db } from '../admin.js';
import { enqueueLinkEmail } from '../common/outbox.js';
import { limitCallable } from '../common/rateLimit.js';
import { createOneTimeToken, issuedWithin } from '../common/tokens.js';
import { HOUR_MS } from '../common/time.js';
import { parseInput } from '../common/validation.js';
import { clientPath, findUserByEmail, loadTenantInfo, type ClientRecord } from './records.js';

/** One reset e-mail per account per minute at most: a second request within it sends nothing. */
export const RESET_RESEND_GUARD_MS = 60_000;

type ResetRequest = z.infer<typeof requestPasswordResetInput>;

/** Whether this account may reset its password for this tenant's `app`. */
async function mayReset(claims: PortalClaims, uid: string, input: ResetRequest) {
  if (claims.tenantId !== input.tenantId) return false;
  if (input.app === 'admin') {
    if (!isStaffRole(claims.role)) return false;
    const member = await db.doc(`tenants/${input.tenantId}/members/${uid}`).get();
    return member.get('status') === 'active';
  }
  if (claims.role !== 'client') return false;
  const client = (await db.doc(clientPath(input.tenantId, claims.clientId)).get()).data() as
    ClientRecord | undefined;
  return (
    !!client &&
    (client.status === 'active' || client.status === 'invited') &&
    (client.loginUids ?? []).includes(uid)
  );
}

async function sendReset(input: ResetRequest): Promise<void> {
  const tenant = await loadTenantInfo(input.tenantId);
  if (!tenant) return;
  const user = await findUserByEmail(input.tenantId, input.email);
  if (!user || user.disabled || !user.email) return;
  const claims = readClaims(user.customClaims ?? {});
  if (!claims || !(await mayReset(claims, user.uid, input))) return;
  const resetKinds = ['passwordReset', 'staffPasswordReset'] as const;
  const ttlMs = RESET_TTL_HOURS * HOUR_MS;
  if (await issuedWithin(user.uid, resetKinds, ttlMs, RESET_RESEND_GUARD_MS)) return;
  const base = input.app === 'admin' ? tenant.adminAppUrl : tenant.clientAppUrl;
  if (!URL.canParse(base)) throw new Error(`tenant ${input.tenantId} has no ${input.app} app URL`);

  const token = await createOneTimeToken(
    {
      tenantId: input.tenantId,
      uid: user.uid,
      kind: 'passwordReset',
      clientId: claims.role === 'client' ? claims.clientId : null,
    },
    ttlMs,
  );
  const link = appLink(base, '/reset-password', { tenant: input.tenantId, token });
  await enqueueLinkEmail(
    input.tenantId,
    user.email,
    input.app === 'admin' ? 'staffPasswordReset' : 'passwordReset',
    { agency: tenant.agency, link, validity: `${RESET_TTL_HOURS} heures` },
    { token, idPrefix: 'reset' },
  );
}

/**
 * Public "Mot de passe oublié", for staff (`app: 'admin'`) and clients (`app: 'client'`). Always
 * answers `{ ok: true }`, whether or not the e-mail has an account here, so the form cannot be
 * used to find out who is a client of the agency. Only an enabled account of that tenant, of the
 * right kind for the app, gets an e-mail with a one-time link valid RESET_TTL_HOURS. Calls are
 * limited per caller address and per e-mail address, whoever owns it (`passwordReset`).
 */
export const requestPasswordReset = onCall(async (request) => {
  const input = parseInput(requestPasswordResetInput, request.data);
  await limitCallable('passwordReset', request, input.email);
  try {
    await sendReset(input);
  } catch (error) {
    // Failing loudly only for real accounts would tell them apart: log it, answer the same.
    logger.error('password reset request failed', {
      tenantId: input.tenantId,
      app: input.app,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return { ok: true as const };
});
