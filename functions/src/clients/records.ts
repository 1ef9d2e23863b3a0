import { createHash } from 'node:crypto';
import { HttpsError } from 'firebase-functions/v2/https';
import type { Timestamp } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { readClaims, type ClientStatus } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { authFor } from '../common/authTenants.js';
import type { StaffCaller } from '../common/guards.js';

/**
 * One login on a client space, kept on the client document under `logins.{uid}` so staff can list
 * who has access (Auth users are not readable from the apps) and so re-invitations are counted.
 */
export interface ClientLogin {
  email: string;
  displayName: string;
  invitedAt: Timestamp | null;
  invitationCount: number;
  passwordSetAt: Timestamp | null;
}

export interface ClientRecord {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  status: ClientStatus;
  loginUids: string[];
  sharedWith: string[];
  logins?: Record<string, ClientLogin>;
}

export interface TenantInfo {
  name: string;
  clientAppUrl: string;
  adminAppUrl: string;
  agency: { name: string; email: string; phone: string };
}

export const clientPath = (tenantId: string, clientId: string) =>
  `tenants/${tenantId}/clients/${clientId}`;
export const clientEmailPath = (tenantId: string, email: string) =>
  `tenants/${tenantId}/clientEmails/${email}`;

export const clientNotFound = () => new HttpsError('not-found', 'Client introuvable.');

/** The tenant's app URLs and the agency's public name and contact details for e-mails. */
export async function loadTenantInfo(tenantId: string): Promise<TenantInfo | null> {
  const [tenant, branding] = await Promise.all([
    db.doc(`tenants/${tenantId}`).get(),
    db.doc(`tenants/${tenantId}/public/branding`).get(),
  ]);
  if (!tenant.exists) return null;
  const name = String(branding.get('name') ?? tenant.get('name') ?? tenantId);
  const company = (branding.get('company') ?? {}) as { email?: unknown; phone?: unknown };
  return {
    name,
    clientAppUrl: String(tenant.get('clientAppUrl') ?? ''),
    adminAppUrl: String(tenant.get('adminAppUrl') ?? ''),
    agency: {
      name,
      email: typeof company.email === 'string' ? company.email : '',
      phone: typeof company.phone === 'string' ? company.phone : '',
    },
  };
}

export async function requireTenantInfo(tenantId: string): Promise<TenantInfo> {
  const info = await loadTenantInfo(tenantId);
  if (!info) throw new HttpsError('failed-precondition', 'Espace de l’agence introuvable.');
  if (!URL.canParse(info.clientAppUrl)) {
    throw new HttpsError(
      'failed-precondition',
      'L’adresse de l’espace client de l’agence n’est pas configurée.',
    );
  }
  return info;
}

/**
 * Reads a client of the caller's tenant. Missing, or hidden from a collaborator when the tenant
 * shows collaborators only the clients shared with them, is the same answer: not found.
 */
export async function loadClientForStaff(
  caller: StaffCaller,
  clientId: string,
): Promise<ClientRecord> {
  const snapshot = await db.doc(clientPath(caller.tenantId, clientId)).get();
  if (!snapshot.exists) throw clientNotFound();
  const client = snapshot.data() as ClientRecord;
  if (caller.role === 'collaborator' && !(client.sharedWith ?? []).includes(caller.uid)) {
    const settings = await db.doc(`tenants/${caller.tenantId}/config/settings`).get();
    if (settings.get('collaboratorsSeeSharedOnly') === true) throw clientNotFound();
  }
  return client;
}

/**
 * The Auth uid a client login gets: derived from tenant and e-mail, so a call retried after a
 * crash between creating the user and setting its claims finds its own user again (a claimless
 * user with another uid could be anybody's).
 */
export function clientLoginUid(tenantId: string, email: string): string {
  return `c-${createHash('sha256').update(`${tenantId}\n${email}`).digest('hex').slice(0, 28)}`;
}

/** The user of `email` in the agency's own pool (other agencies' pools are never searched). */
export async function findUserByEmail(tenantId: string, email: string): Promise<UserRecord | null> {
  try {
    return await (await authFor(tenantId)).getUserByEmail(email);
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return null;
    throw error;
  }
}

export const emailTaken = () =>
  new HttpsError('already-exists', 'Cette adresse e-mail est déjà utilisée par un autre compte.');

export const emailOfTeamMember = () =>
  new HttpsError(
    'already-exists',
    'Cette adresse est celle d’un membre de votre équipe : un client doit avoir une autre adresse.',
  );

export interface CheckedLogin {
  uid: string;
  existing: UserRecord | null;
  /**
   * The agency pool's account of a staff request that was never granted (pending, rejected,
   * removed, or unfinished) holding this address: the client's login replaces it.
   */
  replaces: { uid: string; pending: boolean } | null;
}

/**
 * Checks (without writing) that `email` may be a login of client `clientId` in the agency's pool:
 * either nobody uses it yet, or its Auth user already is this client's login (or our own
 * unfinished one). An active team member and a client of another space are refused.
 *
 * A staff request that was never granted does not hold the address against the agency: inviting
 * it as a client withdraws the request and deletes that account (a client's login must never be an
 * account whose password someone else chose — whoever asked may not own the address), then creates
 * the client's own login, whose invitation goes to the address itself.
 */
export async function checkLoginEmail(
  tenantId: string,
  clientId: string,
  email: string,
): Promise<CheckedLogin> {
  const ownUid = clientLoginUid(tenantId, email);
  const existing = await findUserByEmail(tenantId, email);
  if (!existing) return { uid: ownUid, existing: null, replaces: null };
  const claims = readClaims(existing.customClaims ?? {});
  const sameSpace =
    claims !== null &&
    claims.role === 'client' &&
    claims.tenantId === tenantId &&
    claims.clientId === clientId;
  if (sameSpace) return { uid: existing.uid, existing, replaces: null };
  if (existing.uid === ownUid) {
    // Ours, from an unfinished call or from a client of this tenant deleted since.
    if (!claims) return { uid: existing.uid, existing, replaces: null };
    if (claims.role === 'client' && claims.tenantId === tenantId) {
      const previous = await db.doc(clientPath(tenantId, claims.clientId)).get();
      if (!previous.exists) return { uid: existing.uid, existing, replaces: null };
    }
    throw emailTaken();
  }
  if (claims !== null && claims.role === 'client') throw emailTaken();
  const member = await db.doc(`tenants/${tenantId}/members/${existing.uid}`).get();
  if (member.get('status') === 'active') throw emailOfTeamMember();
  return {
    uid: ownUid,
    existing: null,
    replaces: { uid: existing.uid, pending: member.get('status') === 'pending' },
  };
}

/** Withdraws the staff request whose account held the address, then deletes that account. */
async function replaceStaffAccount(
  tenantId: string,
  replaced: NonNullable<CheckedLogin['replaces']>,
  clientId: string,
): Promise<void> {
  if (replaced.pending) {
    const ref = db.doc(`tenants/${tenantId}/members/${replaced.uid}`);
    await db.runTransaction(async (tx) => {
      if ((await tx.get(ref)).get('status') !== 'pending') return;
      tx.update(ref, {
        status: 'rejected',
        decidedAt: FieldValue.serverTimestamp(),
        decidedBy: 'system',
        decisionReason: 'clientInvitation',
      });
      writeAudit(
        tenantId,
        {
          action: 'member.requestWithdrawn',
          actorUid: 'system',
          targetId: replaced.uid,
          details: { reason: 'clientInvitation', clientId },
        },
        tx,
      );
    });
  }
  try {
    await (await authFor(tenantId)).deleteUser(replaced.uid);
  } catch (error) {
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
  }
}

/** Creates (or takes back) the Auth user of a client login and gives it the client's claims. */
export async function ensureLoginUser(
  tenantId: string,
  clientId: string,
  email: string,
  displayName: string,
  checked: CheckedLogin,
): Promise<string> {
  const auth = await authFor(tenantId);
  if (checked.replaces) await replaceStaffAccount(tenantId, checked.replaces, clientId);
  if (checked.existing) {
    if (checked.existing.disabled) await auth.updateUser(checked.uid, { disabled: false });
  } else {
    try {
      await auth.createUser({ uid: checked.uid, email, displayName, emailVerified: false });
    } catch (error) {
      const code = (error as { code?: string }).code;
      // A concurrent call created it first: fine if it is the same uid for the same e-mail.
      if (code !== 'auth/uid-already-exists' && code !== 'auth/email-already-exists') throw error;
      const user = await findUserByEmail(tenantId, email);
      if (user?.uid !== checked.uid) throw emailTaken();
    }
  }
  await auth.setCustomUserClaims(checked.uid, { tenantId, role: 'client', clientId });
  return checked.uid;
}

/** Whether some login of the space has ever set a password. */
export function anyPasswordSet(client: ClientRecord): boolean {
  return Object.values(client.logins ?? {}).some((login) => Boolean(login?.passwordSetAt));
}
