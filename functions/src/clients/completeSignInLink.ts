import { onCall } from 'firebase-functions/v2/https';
import { completeSignInLinkInput, type CompleteSignInLinkResult } from '@portail/shared';
import { authFor } from '../common/authTenants.js';
import { limitCallable } from '../common/rateLimit.js';
import { parseInput } from '../common/validation.js';
import { consumeLinkOfHolder } from './linkHolder.js';

/**
 * Public: `/signin-link?token=…` of the sign-in e-mail. Uses the one-time link up (a used, expired
 * or unknown link, or one whose holder lost access, is refused with the reason) and answers a
 * custom token for the login, minted in the agency's pool: signing in with it gives the login's own
 * stored claims, and only on the agency's own app (its `auth.tenantId`).
 */
export const completeSignInLink = onCall(async (request): Promise<CompleteSignInLinkResult> => {
  const { token } = parseInput(completeSignInLinkInput, request.data);
  await limitCallable('linkCompletion', request);
  const { record } = await consumeLinkOfHolder(token, ['signInLink'], {
    clientStatuses: ['active'],
    staff: false,
  });
  return { token: await (await authFor(record.tenantId)).createCustomToken(record.uid) };
});
