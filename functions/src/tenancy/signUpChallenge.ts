import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import { sendHttpError } from '../common/httpAuth.js';
import { createHumanChallenge, humanCheckSecrets } from '../common/humanCheck.js';

/**
 * `GET /signUpChallenge`: a new signed proof-of-work challenge for the sign-up page's ALTCHA
 * widget, which fetches it itself (a plain GET, hence an HTTP function rather than a callable).
 * It writes nothing and costs one PBKDF2 derivation: what costs — the tenant — is behind
 * signUpTenant, its rate limit, App Check and the solution of this challenge. Never cached: each
 * challenge is good for one sign-up.
 */
export const signUpChallenge = onRequest(
  { cors: true, secrets: humanCheckSecrets },
  async (request, response) => {
    try {
      if (request.method !== 'GET') throw new HttpsError('invalid-argument', 'Lecture attendue.');
      const challenge = await createHumanChallenge();
      response.set('Cache-Control', 'no-store');
      response.json(challenge);
    } catch (error) {
      if (!(error instanceof HttpsError)) {
        logger.error('sign-up challenge failed', {
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      sendHttpError(response, error);
    }
  },
);
