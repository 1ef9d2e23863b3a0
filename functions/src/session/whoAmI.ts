import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { readClaims } from '@portail/shared';

/** Lets an app confirm which tenant and role the backend sees for the signed-in user. */
export const whoAmI = onCall((request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Connexion requise.');
  const claims = readClaims(request.auth.token);
  return {
    uid: request.auth.uid,
    email: request.auth.token.email ?? null,
    claims: claims ? claims : null,
  };
});
