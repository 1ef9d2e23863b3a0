import { isStaffRole, loginWants, memberWants, type EmailEvent } from '@portail/shared';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { languageOf, type AgencyContext } from './agency.js';

/**
 * A person an event concerns. Everyone listed gets the in-app item (the bell); `email` is null
 * when they get no e-mail (a client login that turned them off, or no usable address).
 */
export interface Recipient {
  uid: string;
  email: string | null;
  language: ReturnType<typeof languageOf>;
}

const isAddress = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * Who on the team hears of a client's action (N1): the collaborators the space is shared with,
 * else the owner and admins; each active, and only if their preferences let this event through.
 * A staff mute silences both the e-mail and the bell: it means "not my business".
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
    .filter((member) => active(member) && memberWants(member.get('notifications'), event))
    .map((member) => {
      const email: unknown = member.get('email');
      return {
        uid: member.id,
        email: isAddress(email) ? email : null,
        language: languageOf(member.get('language'), agency),
      };
    });
}

interface ClientLogins {
  loginUids?: unknown;
  logins?: Record<string, { email?: unknown; language?: unknown } | undefined>;
  emailOptOut?: unknown;
}

/**
 * Every login of a client space. A login may refuse the non-essential e-mails: it then still
 * sees the event in the app, only without the e-mail.
 */
export function clientRecipients(
  agency: AgencyContext,
  client: ClientLogins,
  event: EmailEvent,
): Recipient[] {
  const uids = Array.isArray(client.loginUids) ? client.loginUids.map(String) : [];
  return uids.flatMap((uid) => {
    const login = client.logins?.[uid];
    const email =
      isAddress(login?.email) && loginWants(client.emailOptOut, uid, event) ? login.email : null;
    return [{ uid, email, language: languageOf(login?.language, agency) }];
  });
}
