import type { DocumentData } from 'firebase-admin/firestore';
import { appLink, type EventData } from '@portail/shared';
import { loadAgency } from './agency.js';
import { queueEventEmail } from './queueEventEmail.js';
import { staffRecipients } from './recipients.js';

const TEAM_ROUTE = '/equipe';

/** "Camille Bernard" → first name "Camille", last name "Bernard"; one word is a first name. */
function splitName(displayName: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = displayName.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

/**
 * A collaborator's access request (a `pending` member, T4) tells the owner and admins, each
 * unless they muted it, by e-mail and in the bell, with a link to the team page where they
 * decide. `requestStaffAccess` creates the member once per account: a repeated request from the
 * same address creates nothing, and a redelivered event finds its entries
 * (`staffAccessRequested-<uid>-<admin uid>`). Returns the e-mail entries created.
 */
export async function staffRequestEmail(
  ids: { tenantId: string; uid: string },
  created: DocumentData | undefined,
): Promise<number> {
  if (created?.status !== 'pending') return 0;
  const agency = await loadAgency(ids.tenantId);
  if (!agency) return 0;
  const recipients = await staffRecipients(agency, [], 'staffAccessRequested');
  const name = splitName(String(created.displayName ?? ''));
  const data: EventData = {
    requester: { ...name, email: String(created.email ?? '') },
    link: URL.canParse(agency.adminAppUrl)
      ? appLink(agency.adminAppUrl, TEAM_ROUTE, { tenant: ids.tenantId })
      : '',
  };
  return queueEventEmail(
    agency,
    'staffAccessRequested',
    `staffAccessRequested-${ids.uid}`,
    recipients,
    () => data,
    TEAM_ROUTE,
  );
}
