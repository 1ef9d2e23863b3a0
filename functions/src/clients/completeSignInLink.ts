import { onCall } from 'firebase-functions/v2/https';
import { completeSignInLinkInput, type CompleteSignInLinkResult } from '@portail/shared';
import { auth } from '../admin.js';
import { parseInput } from '../common/validation.js';
import { consumeLinkOfHolder } from './linkHolder.js';

/**
 * Public: `/signin-link?token=…` of the sign-in e-mail. Uses the one-time link up (a used, expired
 * or unknown link, or one whose holder lost access, is refused with the reason) and answers a
 * custom token for the login: signing in with it gives the login's own stored claims.
 */
export const completeSignInLink = onCall(async (request): Promise<CompleteSignInLinkResult> => {
  const { token } = parseInput(completeSignInLinkInput, request.data);
  const { record } = await consumeLinkOfHolder(token, ['signInLink'], {
    clientStatuses: ['active'],
    staff: false,
  });
  return { token: await auth.createCustomToken(record.uid) };
});
