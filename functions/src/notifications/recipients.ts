import { isStaffRole, loginWants, memberWants, type EmailEvent } from '@portail/shared';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { languageOf, type AgencyContext } from './agency.js';

export interface Recipient {
  uid: string;
  email: string;
  language: ReturnType<typeof languageOf>;
}

const isAddress = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * Who on the team hears of a client's action (N1): the collaborators the space is shared with,
 * else the owner and admins; each active, and only if their preferences let this event through.
 */
export async function staffRecipients(
  agency: AgencyContext,
  sharedWith: readonly string[],
  event: EmailEvent,
): Promise<Recipient[]> {
  const members = db.collection(`tenants/${agency.tenantId}/members`);
  const active = (member: DocumentSnapshot) =>
    member.get('status') === 'active' && isStaffRole(member.get('role'));
  const shared =
    sharedWith.length > 0
      ? (await db.getAll(...sharedWith.map((uid) => members.doc(uid)))).filter(active)
      : [];
  // A space shared only with people who have left the team falls back to the managers.
  const snapshots =
    shared.length > 0
      ? shared
      : (await members.where('status', '==', 'active').get()).docs.filter((member) =>
          ['owner', 'admin'].includes(String(member.get('role'))),
        );
  return snapshots
    .filter(
      (member) =>
        active(member) &&
        isAddress(member.get('email')) &&
        memberWants(member.get('notifications'), event),
    )
    .map((member) => ({
      uid: member.id,
      email: String(member.get('email')),
      language: languageOf(member.get('language'), agency),
    }));
}

interface ClientLogins {
  loginUids?: unknown;
  logins?: Record<string, { email?: unknown; language?: unknown } | undefined>;
  emailOptOut?: unknown;
}

/** Every login of a client space that takes this event (a login may refuse non-essential ones). */
export function clientRecipients(
  agency: AgencyContext,
  client: ClientLogins,
  event: EmailEvent,
): Recipient[] {
  const uids = Array.isArray(client.loginUids) ? client.loginUids.map(String) : [];
  return uids.flatMap((uid) => {
    const login = client.logins?.[uid];
    if (!isAddress(login?.email) || !loginWants(client.emailOptOut, uid, event)) return [];
    return [{ uid, email: login.email, language: languageOf(login.language, agency) }];
  });
}
