import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { addClientLoginInput, isStaffRole, readClaims } from '@portail/shared';
import { db } from '../admin.js';
import { sendAddressNotice } from '../common/addressNotice.js';
import { requireStaff, type StaffCaller } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { queueInvitation, recentlyInvited } from './invitation.js';
import {
  checkLoginEmail,
  clientEmailPath,
  clientNotFound,
  ensureLoginUser,
  findUserByEmail,
  loadClientForStaff,
  requireTenantInfo,
  type ClientRecord,
  type TenantInfo,
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
 * The address is another contact's, another client's login or a team member's: nothing changes,
 * and the address is told (with the sign-in page of the app it uses), not the caller.
 */
async function noticeAddressInUse(caller: StaffCaller, tenant: TenantInfo, email: string) {
  const user = await findUserByEmail(caller.tenantId, email);
  const staff = isStaffRole(readClaims(user?.customClaims ?? {})?.role);
  await sendAddressNotice({
    kind: 'clientLoginAddressInUse',
    tenantId: caller.tenantId,
    to: email,
    agency: tenant.name,
    appUrl: staff ? tenant.adminAppUrl : tenant.clientAppUrl,
  });
}

/**
 * A second person on the same client space (a couple): an Auth user of their own with the same
 * `clientId` claim, listed in `loginUids`, with their own invitation and link. The e-mail joins the
 * tenant's e-mail index so that no other contact can take it. Calling it again for a person who
 * has not chosen a password yet sends them a new invitation.
 *
 * No enumeration: `{ clientId, emailQueued: true }` answers alike for a free address and for one
 * that is another contact's, another client's login or a team member's (a collaborator who sees
 * only shared clients must not learn who else is a client). For those, nothing is written but an
 * e-mail to the address. What still differs, and cannot without lying in the client document: the
 * new login appears on the client (which the caller sees live) only for a free address; a second
 * call within a minute answers `emailQueued: false` only for a free one (the retry guard of the
 * invitation); and creating a login takes longer than queueing a notice. Refusals about this very
 * space (its own address, a login that already has access, the cap) stay plain: the caller sees
 * the space anyway.
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
  const tenant = await requireTenantInfo(caller.tenantId);
  const inUse = async () => {
    await noticeAddressInUse(caller, tenant, email);
    return { clientId, emailQueued: true };
  };
  const emailEntry = await db.doc(clientEmailPath(caller.tenantId, email)).get();
  if (emailEntry.exists && emailEntry.get('clientId') !== clientId) return inUse();

  let checked;
  try {
    checked = await checkLoginEmail(caller.tenantId, clientId, email);
  } catch (error) {
    // checkLoginEmail refuses only an address held by another client or by a team member.
    if (error instanceof HttpsError && error.code === 'already-exists') return inUse();
    throw error;
  }
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
  if (recentlyInvited(current)) return { clientId, emailQueued: false };

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
  return { clientId, emailQueued: result.emailQueued };
});
