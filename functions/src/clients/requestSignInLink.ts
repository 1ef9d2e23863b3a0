import { onCall } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import {
  appLink,
  readClaims,
  requestSignInLinkInput,
  SIGN_IN_LINK_TTL_MINUTES,
  type RequestSignInLinkInput,
} from '@portail/shared';
import { db } from '../admin.js';
import { enqueueLinkEmail } from '../common/outbox.js';
import { limitCallable } from '../common/rateLimit.js';
import { createOneTimeToken, issuedWithin } from '../common/tokens.js';
import { parseInput } from '../common/validation.js';
import { clientPath, findUserByEmail, loadTenantInfo, type ClientRecord } from './records.js';

/** One sign-in e-mail per login per minute at most: a second request within it sends nothing. */
export const SIGN_IN_LINK_RESEND_GUARD_MS = 60_000;
export const SIGN_IN_LINK_TTL_MS = SIGN_IN_LINK_TTL_MINUTES * 60_000;

async function magicLinkAllowed(tenantId: string): Promise<boolean> {
  const settings = await db.doc(`tenants/${tenantId}/config/settings`).get();
  return settings.get('magicLinkSignIn') === true;
}

async function sendSignInLink(input: RequestSignInLinkInput): Promise<void> {
  if (!(await magicLinkAllowed(input.tenantId))) return;
  const tenant = await loadTenantInfo(input.tenantId);
  if (!tenant) return;
  const user = await findUserByEmail(input.tenantId, input.email);
  if (!user || user.disabled || !user.email) return;
  const claims = readClaims(user.customClaims ?? {});
  if (!claims || claims.role !== 'client') return;
  if (claims.tenantId !== input.tenantId) return;
  const clientId = claims.clientId;
  const client = (await db.doc(clientPath(input.tenantId, clientId)).get()).data() as
    ClientRecord | undefined;
  if (client?.status !== 'active' || !(client.loginUids ?? []).includes(user.uid)) return;
  const recent = await issuedWithin(
    user.uid,
    ['signInLink'],
    SIGN_IN_LINK_TTL_MS,
    SIGN_IN_LINK_RESEND_GUARD_MS,
  );
  if (recent) return;
  if (!URL.canParse(tenant.clientAppUrl)) {
    throw new Error(`tenant ${input.tenantId} has no client app URL`);
  }

  const token = await createOneTimeToken(
    { tenantId: input.tenantId, uid: user.uid, kind: 'signInLink', clientId },
    SIGN_IN_LINK_TTL_MS,
  );
  const link = appLink(tenant.clientAppUrl, '/signin-link', { tenant: input.tenantId, token });
  await enqueueLinkEmail(
    input.tenantId,
    user.email,
    'signInLink',
    { agency: tenant.agency, link, validity: `${SIGN_IN_LINK_TTL_MINUTES} minutes` },
    { token, idPrefix: 'signin' },
  );
}

/**
 * Public "Recevoir un lien de connexion par e-mail" of the client app (T5, when the tenant's
 * `config/settings.magicLinkSignIn` is on). Always answers `{ ok: true }`, so the form cannot be
 * used to find out who is a client of the agency. Only an enabled login listed on an active
 * client space of that tenant gets an e-mail, with a one-time link valid SIGN_IN_LINK_TTL_MINUTES.
 * Calls are limited per caller address and per e-mail address, whoever owns it (`signInLink`).
 */
export const requestSignInLink = onCall(async (request) => {
  const input = parseInput(requestSignInLinkInput, request.data);
  await limitCallable('signInLink', request, input.email);
  try {
    await sendSignInLink(input);
  } catch (error) {
    // Failing loudly only for real accounts would tell them apart: log it, answer the same.
    logger.error('sign-in link request failed', {
      tenantId: input.tenantId,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return { ok: true as const };
});
