import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { clientRefInput } from '@portail/shared';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { queueInvitation, recentlyInvited } from './invitation.js';
import {
  checkLoginEmail,
  clientNotFound,
  ensureLoginUser,
  loadClientForStaff,
  requireTenantInfo,
  type ClientRecord,
} from './records.js';

/** Why a client may not be invited now, or null if it may. */
function invitationRefusal(client: ClientRecord): HttpsError | null {
  switch (client.status) {
    case 'added':
    case 'invited':
      return null;
    case 'active':
      return (client.loginUids ?? []).length === 0
        ? null
        : new HttpsError('failed-precondition', 'Ce client a déjà accès à son espace.');
    case 'revoked':
      return new HttpsError(
        'failed-precondition',
        'L’accès de ce client est retiré : rétablissez-le avant de l’inviter.',
      );
    default:
      return new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
  }
}

/**
 * T5, step 2 ("Donner accès"): creates (or reuses) the client's Auth user with the client's claims
 * and e-mails a branded one-time link to choose a password at `/firstlogin`. Calling it again
 * later sends a new link (the earlier one keeps working until used or expired); calling it again
 * within a minute is taken for a retry and sends nothing.
 */
export const inviteClient = onCall(async (request) => {
  const caller = await requireStaff(request);
  const { clientId } = parseInput(clientRefInput, request.data);
  const client = await loadClientForStaff(caller, clientId);
  const refusal = invitationRefusal(client);
  if (refusal) throw refusal;
  const tenant = await requireTenantInfo(caller.tenantId);
  const checked = await checkLoginEmail(caller.tenantId, clientId, client.email);
  if (recentlyInvited(client.logins?.[checked.uid])) {
    return { clientId, status: client.status, emailQueued: false };
  }

  const displayName = `${client.firstName} ${client.lastName}`.trim();
  const uid = await ensureLoginUser(caller.tenantId, clientId, client.email, displayName, checked);
  const result = await queueInvitation({
    caller,
    tenant,
    clientId,
    uid,
    email: client.email,
    displayName,
    firstName: client.firstName,
    lastName: client.lastName,
    action: 'client.invited',
    recheck(current) {
      if (!current) throw clientNotFound();
      const again = invitationRefusal(current);
      if (again) throw again;
      if (current.email !== client.email) {
        throw new HttpsError('aborted', 'Le client a été modifié entre-temps : réessayez.');
      }
    },
  });
  return { clientId, status: 'invited' as const, ...result };
});
