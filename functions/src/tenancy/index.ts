// Tenant sign-up, team, impersonation, the sign-in page's public options and the sandbox purge
// (T1, T4, T6, T7).
export { signUpTenant } from './signUpTenant.js';
export { signUpChallenge } from './signUpChallenge.js';
export { requestStaffAccess } from './requestStaffAccess.js';
export { decideStaffRequest } from './decideStaffRequest.js';
export { changeMemberRole } from './changeMemberRole.js';
export { removeMember } from './removeMember.js';
export { startImpersonation } from './startImpersonation.js';
export { publishSignInOptions } from './publishSignInOptions.js';
export { purgeSandbox } from './purgeSchedule.js';
