import { FieldPath, FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { authFor } from '../common/authTenants.js';
import { writeAudit } from '../common/audit.js';
import type { InviteKind } from '../common/tokens.js';
import { consumeLinkOfHolder } from './linkHolder.js';
import { clientPath, type ClientRecord } from './records.js';

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
  const { record, user, claims } = await consumeLinkOfHolder(token, kinds, {
    clientStatuses: ['invited', 'active'],
    staff: true,
  });

  const auth = await authFor(record.tenantId);
  await auth.updateUser(record.uid, { password, emailVerified: true });
  await auth.revokeRefreshTokens(record.uid);

  if (claims.role === 'client') {
    const clientId = claims.clientId;
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
