import { onCall } from 'firebase-functions/v2/https';
import { completeFirstLoginInput } from '@portail/shared';
import { limitCallable } from '../common/rateLimit.js';
import { parseInput } from '../common/validation.js';
import { setPasswordWithToken } from './passwordTokens.js';

/**
 * Public: `/firstlogin?token=…` of the invitation e-mail. Sets the client's password and answers
 * the e-mail to sign in with; the space becomes active.
 */
export const completeFirstLogin = onCall(async (request) => {
  const { token, password } = parseInput(completeFirstLoginInput, request.data);
  await limitCallable('linkCompletion', request);
  return setPasswordWithToken(token, password, ['clientFirstLogin']);
});
