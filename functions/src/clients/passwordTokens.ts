import { HttpsError } from 'firebase-functions/v2/https';
import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { UserRecord } from 'firebase-admin/auth';
import { claimsSchema, isStaffRole } from '@portail/shared';
import { auth, db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
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

/**
 * Whether the person a link was made for may still set a password: their Auth user exists and is
 * enabled, still belongs to the link's tenant, and is an active member (staff) or a listed login
 * of an invited or active client space. Reads only.
 */
async function checkHolder(record: InviteRecord): Promise<UserRecord> {
  let user: UserRecord;
  try {
    user = await auth.getUser(record.uid);
  } catch {
    throw spaceGone();
  }
  if (user.disabled) throw accessRemoved();
  const claims = claimsSchema.safeParse(user.customClaims ?? {});
  if (!claims.success || claims.data.tenantId !== record.tenantId) throw accessRemoved();
  if (claims.data.role === 'client') {
    const snapshot = await db.doc(clientPath(record.tenantId, claims.data.clientId)).get();
    const client = snapshot.data() as ClientRecord | undefined;
    if (!client || client.status === 'deleting') throw spaceGone();
    if (client.status === 'revoked' || !(client.loginUids ?? []).includes(record.uid)) {
      throw accessRemoved();
    }
    if (client.status !== 'invited' && client.status !== 'active') throw accessRemoved();
  } else if (isStaffRole(claims.data.role)) {
    const member = await db.doc(`tenants/${record.tenantId}/members/${record.uid}`).get();
    if (member.get('status') !== 'active') throw accessRemoved();
  }
  return user;
}

/**
 * Sets a password through a one-time link. Every check is made before anything changes: a link
 * that is unknown, used or expired, or whose holder lost access, leaves the link and the account
 * as they were. Then the link is consumed (atomically: two clicks cannot both pass), the password
 * set, other sessions signed out, and a client space whose first person arrives becomes active.
 */
export async function setPasswordWithToken(
  token: string,
  password: string,
  kinds: readonly InviteKind[],
): Promise<{ email: string }> {
  const peek = (await db.doc(`invites/${hashToken(token)}`).get()).data() as
    InviteRecord | undefined;
  const usable =
    peek && kinds.includes(peek.kind) && !peek.usedAt && peek.expiresAt.toMillis() >= Date.now();
  // An unusable link: consumeOneTimeToken answers with the right error (unknown, used, expired).
  if (usable) await checkHolder(peek);
  const record = await consumeOneTimeToken(token, kinds);
  const user = usable ? await auth.getUser(record.uid) : await checkHolder(record);

  await auth.updateUser(record.uid, { password, emailVerified: true });
  await auth.revokeRefreshTokens(record.uid);

  const claims = claimsSchema.safeParse(user.customClaims ?? {});
  if (claims.success && claims.data.role === 'client') {
    const clientId = claims.data.clientId;
    const ref = db.doc(clientPath(record.tenantId, clientId));
    await db.runTransaction(async (tx) => {
      const client = (await tx.get(ref)).data() as ClientRecord | undefined;
      if (!client || !(client.loginUids ?? []).includes(record.uid)) return;
      if (client.status !== 'invited' && client.status !== 'active') return;
      tx.update(
        ref,
        new FieldPath('logins', record.uid, 'passwordSetAt'),
        Timestamp.now(),
        'status',
        'active',
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
      if (client.status === 'invited') {
        writeAudit(
          record.tenantId,
          { action: 'client.activated', actorUid: record.uid, targetId: clientId },
          tx,
        );
      }
    });
  }
  return { email: user.email ?? '' };
}
