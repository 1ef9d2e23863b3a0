import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { addClientLoginInput } from '@portail/shared';
import { db } from '../admin.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { queueInvitation, recentlyInvited } from './invitation.js';
import {
  checkLoginEmail,
  clientEmailPath,
  clientNotFound,
  ensureLoginUser,
  loadClientForStaff,
  requireTenantInfo,
  type ClientRecord,
} from './records.js';

/** A client space holds a household, not a crowd. */
export const MAX_LOGINS_PER_CLIENT = 5;

function loginRefusal(client: ClientRecord): HttpsError | null {
  if (client.status === 'revoked') {
    return new HttpsError(
      'failed-precondition',
      'L’accès de ce client est retiré : rétablissez-le avant d’ajouter un accès.',
    );
  }
  if (client.status === 'deleting') {
    return new HttpsError('failed-precondition', 'Ce client est en cours de suppression.');
  }
  return null;
}

const usedByAnotherContact = () =>
  new HttpsError('already-exists', 'Un contact utilise déjà cette adresse e-mail.');

/**
 * A second person on the same client space (a couple): an Auth user of their own with the same
 * `clientId` claim, listed in `loginUids`, with their own invitation and link. The e-mail joins the
 * tenant's e-mail index so that no other contact can take it. Calling it again for a person who
 * has not chosen a password yet sends them a new invitation.
 */
export const addClientLogin = onCall(async (request) => {
  const caller = await requireStaff(request);
  const input = parseInput(addClientLoginInput, request.data);
  const { clientId, email, displayName } = input;
  const client = await loadClientForStaff(caller, clientId);
  const refusal = loginRefusal(client);
  if (refusal) throw refusal;
  if (email === client.email) {
    throw new HttpsError(
      'failed-precondition',
      'C’est l’adresse du client lui-même : invitez-le avec « Donner accès ».',
    );
  }
  const emailEntry = await db.doc(clientEmailPath(caller.tenantId, email)).get();
  if (emailEntry.exists && emailEntry.get('clientId') !== clientId) throw usedByAnotherContact();

  const tenant = await requireTenantInfo(caller.tenantId);
  const checked = await checkLoginEmail(caller.tenantId, clientId, email);
  const logins = client.logins ?? {};
  const current = logins[checked.uid];
  if (current?.passwordSetAt) {
    throw new HttpsError('already-exists', 'Cette personne a déjà accès à cet espace.');
  }
  const others = new Set([...(client.loginUids ?? []), ...Object.keys(logins)]);
  others.delete(checked.uid);
  if (others.size >= MAX_LOGINS_PER_CLIENT) {
    throw new HttpsError(
      'failed-precondition',
      `Un espace client compte au plus ${MAX_LOGINS_PER_CLIENT} accès.`,
    );
  }
  if (recentlyInvited(current)) return { clientId, uid: checked.uid, emailQueued: false };

  const uid = await ensureLoginUser(caller.tenantId, clientId, email, displayName, checked);
  const emailPath = clientEmailPath(caller.tenantId, email);
  const result = await queueInvitation({
    caller,
    tenant,
    clientId,
    uid,
    email,
    displayName,
    firstName: displayName,
    lastName: '',
    action: 'client.loginAdded',
    extraReads: [emailPath],
    recheck(latest, [entry]) {
      if (!latest) throw clientNotFound();
      const again = loginRefusal(latest);
      if (again) throw again;
      if (entry?.exists && entry.get('clientId') !== clientId) throw usedByAnotherContact();
    },
    extraWrites(tx) {
      tx.set(db.doc(emailPath), { clientId, uid });
    },
  });
  return { clientId, uid, ...result };
});
