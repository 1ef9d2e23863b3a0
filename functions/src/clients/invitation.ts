import { FieldPath, FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { appLink, INVITE_TTL_DAYS, renderEmail, type ClientStatus } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import type { StaffCaller } from '../common/guards.js';
import { enqueueEmail } from '../common/outbox.js';
import { createOneTimeToken, hashToken } from '../common/tokens.js';
import { DAY_MS } from '../common/time.js';
import { clientPath, type ClientLogin, type ClientRecord, type TenantInfo } from './records.js';

/**
 * A second invitation of the same login within this window is taken for a retry of the first
 * (double click, a response lost on the network): no second e-mail. After it, re-inviting sends a
 * new link; earlier links keep working until used or expired.
 */
export const RESEND_GUARD_MS = 60_000;

export function recentlyInvited(login: ClientLogin | undefined, now = Date.now()): boolean {
  return Boolean(login?.invitedAt && now - login.invitedAt.toMillis() < RESEND_GUARD_MS);
}

export interface InvitationPlan {
  caller: StaffCaller;
  tenant: TenantInfo;
  clientId: string;
  uid: string;
  email: string;
  displayName: string;
  /** How the e-mail greets the person. */
  firstName: string;
  lastName: string;
  action: 'client.invited' | 'client.loginAdded';
  /** Other documents to read in the transaction (e.g. the e-mail index entry). */
  extraReads?: string[];
  /**
   * Checks the client again inside the transaction (it may have changed since the first checks):
   * throws to abandon, with nothing written.
   */
  recheck(client: ClientRecord | undefined, extra: DocumentSnapshot[]): void;
  /** More writes in the same transaction. */
  extraWrites?(tx: Transaction): void;
}

export interface InvitationResult {
  /** False when this call was taken for a retry of an invitation sent moments ago. */
  emailQueued: boolean;
}

/**
 * Gives the login a one-time first-login link and, in one transaction, lists the uid on the
 * client, moves the status, queues the branded e-mail under a deterministic outbox id
 * (`invite-<client>-<uid>-<n>`, n counting this login's invitations) and writes the audit entry.
 */
export async function queueInvitation(plan: InvitationPlan): Promise<InvitationResult> {
  const { caller, tenant, clientId, uid, email } = plan;
  const tenantId = caller.tenantId;
  const token = await createOneTimeToken(
    { tenantId, uid, kind: 'clientFirstLogin', clientId },
    INVITE_TTL_DAYS * DAY_MS,
  );
  const link = appLink(tenant.clientAppUrl, '/firstlogin', { tenant: tenantId, token });
  const message = renderEmail('invitation', {
    client: { firstName: plan.firstName, lastName: plan.lastName },
    agency: tenant.agency,
    link,
    validity: `${INVITE_TTL_DAYS} jours`,
  });
  const clientRef = db.doc(clientPath(tenantId, clientId));

  const tokenRef = db.doc(`invites/${hashToken(token)}`);
  let result: InvitationResult;
  try {
    result = await db.runTransaction(async (tx) => {
      const snapshot = await tx.get(clientRef);
      const extra = await Promise.all((plan.extraReads ?? []).map((path) => tx.get(db.doc(path))));
      const client = snapshot.exists ? (snapshot.data() as ClientRecord) : undefined;
      plan.recheck(client, extra);
      if (!client) throw new Error('recheck must refuse a missing client');
      const login = client.logins?.[uid];
      if (recentlyInvited(login)) return { emailQueued: false };

      const count = (login?.invitationCount ?? 0) + 1;
      const othersActive =
        client.status === 'active' && (client.loginUids ?? []).some((other) => other !== uid);
      const status: ClientStatus = othersActive ? 'active' : 'invited';
      const entry: ClientLogin = {
        email,
        displayName: plan.displayName,
        invitedAt: Timestamp.now(),
        invitationCount: count,
        passwordSetAt: login?.passwordSetAt ?? null,
      };
      tx.update(
        clientRef,
        new FieldPath('logins', uid),
        entry,
        'loginUids',
        FieldValue.arrayUnion(uid),
        'status',
        status,
        'updatedAt',
        FieldValue.serverTimestamp(),
      );
      plan.extraWrites?.(tx);
      await enqueueEmail(
        tenantId,
        {
          to: [email],
          subject: message.subject,
          text: message.text,
          html: message.html,
          kind: 'invitation',
        },
        `invite-${clientId}-${uid}-${count}`,
        tx,
      );
      writeAudit(
        tenantId,
        {
          action: plan.action,
          actorUid: caller.uid,
          targetId: clientId,
          details: { uid, email, invitation: count },
        },
        tx,
      );
      return { emailQueued: true };
    });
  } catch (error) {
    await tokenRef.delete().catch(() => undefined);
    throw error;
  }
  // The link of an invitation that was not sent is of no use to anyone.
  if (!result.emailQueued) await tokenRef.delete();
  return result;
}
