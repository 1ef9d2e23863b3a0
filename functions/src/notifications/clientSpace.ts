import type { DocumentData } from 'firebase-admin/firestore';
import { appLink, type EmailEvent, type EventData } from '@portail/shared';
import { db } from '../admin.js';
import { loadAgency, type AgencyContext } from './agency.js';
import { clientRecipients, type Recipient } from './recipients.js';

/** Spaces whose logins may hear from the agency. */
const reachable = ['invited', 'active'];

export interface ClientAudience {
  agency: AgencyContext;
  client: DocumentData;
  recipients: Recipient[];
  /** The `client.*` tags. */
  clientTags: EventData;
  /** A full link into the client app (empty when the tenant has no client app URL). */
  linkTo: (route: string) => string;
}

/**
 * The agency and the logins of a client space that an event for the client concerns, or null
 * when the space is gone or not reachable (added but never invited, revoked).
 */
export async function clientAudience(
  tenantId: string,
  clientId: string,
  event: EmailEvent,
): Promise<ClientAudience | null> {
  const [agency, snapshot] = await Promise.all([
    loadAgency(tenantId),
    db.doc(`tenants/${tenantId}/clients/${clientId}`).get(),
  ]);
  const client = snapshot.data();
  if (!agency || !client || !reachable.includes(String(client.status))) return null;
  const canLink = URL.canParse(agency.clientAppUrl);
  return {
    agency,
    client,
    recipients: clientRecipients(agency, client, event),
    clientTags: { firstName: client.firstName as string, lastName: client.lastName as string },
    linkTo: (route) => (canLink ? appLink(agency.clientAppUrl, route, { tenant: tenantId }) : ''),
  };
}
