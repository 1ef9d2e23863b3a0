import { HttpsError } from 'firebase-functions/v2/https';
import type { UserRecord } from 'firebase-admin/auth';
import { readClaims, isStaffRole, type ClientStatus, type PortalClaims } from '@portail/shared';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import {
  consumeOneTimeToken,
  hashToken,
  type InviteKind,
  type InviteRecord,
} from '../common/tokens.js';
import { clientPath, type ClientRecord } from './records.js';

const accessRemoved = () =>
  new HttpsError('permission-denied', 'Votre accès à cet espace a été retiré.');
const spaceGone = () => new HttpsError('not-found', 'Cet espace n’existe plus.');

/** Who may still use a one-time link once it is opened. */
export interface HolderPolicy {
  /** The statuses of the client space in which a client's link still works. */
  clientStatuses: readonly ClientStatus[];
  /** Whether staff links are accepted too (password links) or only clients' (sign-in links). */
  staff: boolean;
}

export interface LinkHolder {
  user: UserRecord;
  claims: PortalClaims;
}

/**
 * Whether the person a link was made for may still use it: their Auth user exists and is enabled,
 * still belongs to the link's tenant (and, for a client, to the link's client space), and is an
 * active member (staff) or a listed login of a client space in one of the policy's statuses.
 * Reads only.
 */
export async function checkLinkHolder(
  record: InviteRecord,
  policy: HolderPolicy,
): Promise<LinkHolder> {
  let user: UserRecord;
  try {
    user = await (await authFor(record.tenantId)).getUser(record.uid);
  } catch {
    throw spaceGone();
  }
  if (user.disabled) throw accessRemoved();
  const claims = readClaims(user.customClaims ?? {});
  if (!claims || claims.tenantId !== record.tenantId) throw accessRemoved();
  if (claims.role === 'client') {
    if (record.clientId && claims.clientId !== record.clientId) throw accessRemoved();
    const snapshot = await db.doc(clientPath(record.tenantId, claims.clientId)).get();
    const client = snapshot.data() as ClientRecord | undefined;
    if (!client || client.status === 'deleting') throw spaceGone();
    if (client.status === 'revoked' || !(client.loginUids ?? []).includes(record.uid)) {
      throw accessRemoved();
    }
    if (!policy.clientStatuses.includes(client.status)) throw accessRemoved();
  } else if (isStaffRole(claims.role)) {
    if (!policy.staff) throw accessRemoved();
    const member = await db.doc(`tenants/${record.tenantId}/members/${record.uid}`).get();
    if (member.get('status') !== 'active') throw accessRemoved();
  }
  return { user, claims: claims };
}

/**
 * Uses a one-time link up for its holder. Every check is made before the link is consumed: a link
 * that is unknown, used or expired, or whose holder lost access, is left as it was. Then the link
 * is consumed atomically (two clicks cannot both pass).
 */
export async function consumeLinkOfHolder(
  token: string,
  kinds: readonly InviteKind[],
  policy: HolderPolicy,
): Promise<{ record: InviteRecord } & LinkHolder> {
  const peek = (await db.doc(`invites/${hashToken(token)}`).get()).data() as
    InviteRecord | undefined;
  const usable =
    peek && kinds.includes(peek.kind) && !peek.usedAt && peek.expiresAt.toMillis() >= Date.now();
  // An unusable link: consumeOneTimeToken answers with the right error (unknown, used, expired).
  const checked = usable ? await checkLinkHolder(peek, policy) : null;
  const record = await consumeOneTimeToken(token, kinds);
  return { record, ...(checked ?? (await checkLinkHolder(record, policy))) };
}
