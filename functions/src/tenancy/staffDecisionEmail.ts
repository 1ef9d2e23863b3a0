import type { Transaction } from 'firebase-admin/firestore';
import { renderEvent, type Language } from '@portail/shared';
import { enqueueEmail } from '../common/outbox.js';
import { languageOf, type AgencyContext } from '../notifications/agency.js';
import { tenantTemplate } from '../notifications/queueEventEmail.js';

export interface DecidedRequest {
  uid: string;
  email: string;
  displayName: string;
  language?: unknown;
  granted: boolean;
}

/** One decision per request (pending → decided once), so the uid alone keys its e-mail. */
export const staffDecisionEmailId = (uid: string) => `staff-decided-${uid}`;

/** "Marie Curie" → first name "Marie", last name "Curie": the request only asks for one name. */
function splitName(displayName: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = displayName.trim().split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

export interface PreparedDecisionEmail {
  queue(tx: Transaction): Promise<string>;
}

/**
 * The `staffAccessDecided` e-mail to the requester, rendered from the tenant's template before
 * the decision's transaction, queued inside it: the decision and its e-mail are written together
 * or not at all, and a retried call finds the request decided and queues nothing.
 */
export async function prepareDecisionEmail(
  agency: AgencyContext,
  request: DecidedRequest,
): Promise<PreparedDecisionEmail> {
  const language: Language = languageOf(request.language, agency);
  const email = renderEvent(
    'staffAccessDecided',
    language,
    {
      agency: agency.agency,
      link: agency.adminAppUrl,
      requester: { ...splitName(request.displayName), email: request.email },
      access: { granted: request.granted },
    },
    await tenantTemplate(agency.tenantId, 'staffAccessDecided', language),
  );
  const message = {
    to: [request.email],
    subject: email.subject,
    text: email.text,
    html: email.html,
    kind: 'staffAccessDecided',
  };
  return {
    queue: (tx) => enqueueEmail(agency.tenantId, message, staffDecisionEmailId(request.uid), tx),
  };
}
