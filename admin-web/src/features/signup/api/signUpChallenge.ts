import { functionsOrigin } from '@portail/web';

/**
 * Where the sign-up's robot check gets its challenge: the backend's `signUpChallenge` (a plain
 * GET, which the ALTCHA widget makes itself). The solution goes to signUpTenant as `altcha`.
 */
export const signUpChallengeUrl = `${functionsOrigin}/signUpChallenge`;
