import { onCall } from 'firebase-functions/v2/https';
import { completePasswordResetInput } from '@portail/shared';
import { limitCallable } from '../common/rateLimit.js';
import { parseInput } from '../common/validation.js';
import { setPasswordWithToken } from './passwordTokens.js';

/**
 * Public: `/reset-password?token=…` of the "forgot password" e-mail, staff or client. Sets the new
 * password, signs out the account's other sessions and answers the e-mail to sign in with.
 */
export const completePasswordReset = onCall(async (request) => {
  const { token, password } = parseInput(completePasswordResetInput, request.data);
  await limitCallable('linkCompletion', request);
  return setPasswordWithToken(token, password, ['passwordReset', 'staffPasswordReset']);
});
