import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { startImpersonationInput, type StartImpersonationResult } from '@portail/shared';
import type { TenantAwareAuth } from 'firebase-admin/auth';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';

/** The Auth uid of a staff member's previews: never a real client's, so nothing is theirs. */
export const previewUid = (staffUid: string) => `imp-${staffUid}`;

/** The preview's user carries the client's name, which the client app's banner shows. */
async function namePreviewUser(
  auth: TenantAwareAuth,
  uid: string,
  displayName: string,
): Promise<void> {
  try {
    await auth.updateUser(uid, { displayName });
  } catch (error) {
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
    await auth.createUser({ uid, displayName });
  }
}

/**
 * T6 "Imiter": a custom token that signs in to the client app as the given client, read-only.
 * The `impersonatedBy` claim makes the rules refuse every write and check the staff member is
 * still active; each start is written to the tenant's audit log.
 */
export const startImpersonation = onCall(async (request): Promise<StartImpersonationResult> => {
  const caller = await requireStaff(request);
  const { clientId } = parseInput(startImpersonationInput, request.data);
  const client = await loadClientForStaff(caller, clientId);
  if (client.status === 'revoked' || client.status === 'deleting') {
    throw new HttpsError(
      'failed-precondition',
      'L’accès de ce client est fermé : rétablissez-le pour voir son espace.',
    );
  }
  const uid = previewUid(caller.uid);
  // Minted in the agency's own pool: the client app of another agency refuses it.
  const auth = await authFor(caller.tenantId);
  await namePreviewUser(auth, uid, `${client.firstName} ${client.lastName}`.trim());
  const token = await auth.createCustomToken(uid, {
    tenantId: caller.tenantId,
    role: 'client',
    clientId,
    impersonatedBy: caller.uid,
  });
  await writeAudit(caller.tenantId, {
    action: 'client.impersonated',
    actorUid: caller.uid,
    targetId: clientId,
  });
  return { token };
});
