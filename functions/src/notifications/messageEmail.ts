import type { DocumentData } from 'firebase-admin/firestore';
import { appLink, type EmailEvent, type EventData } from '@portail/shared';
import { db } from '../admin.js';
import { loadAgency } from './agency.js';
import { queueEventEmail } from './queueEventEmail.js';
import { clientRecipients, staffRecipients, type Recipient } from './recipients.js';

export interface MessageIds {
  tenantId: string;
  clientId: string;
  messageId: string;
}

/**
 * A new message in a space's conversation e-mails the other side: the client's to the hunter (a
 * question when it is about a property), the agency's to every login. Messages are never edited,
 * so the message's id is the event's identity (`<event>-<clientId>-<messageId>-<uid>`).
 */
export async function messageEmail(
  ids: MessageIds,
  before: DocumentData | undefined,
  after: DocumentData | undefined,
): Promise<number> {
  if (before || !after || typeof after.text !== 'string') return 0;
  const fromClient = after.fromClient === true;
  const propertyId = typeof after.propertyId === 'string' ? after.propertyId : null;
  const event: EmailEvent = fromClient
    ? propertyId
      ? 'questionAsked'
      : 'clientMessage'
    : 'staffMessage';
  const clientRef = db.doc(`tenants/${ids.tenantId}/clients/${ids.clientId}`);
  const [agency, client, card, author] = await Promise.all([
    loadAgency(ids.tenantId),
    clientRef.get(),
    propertyId ? clientRef.collection('assignments').doc(propertyId).get() : null,
    fromClient ? null : db.doc(`tenants/${ids.tenantId}/members/${String(after.authorUid)}`).get(),
  ]);
  if (!agency || !client.exists) return 0;
  let recipients: Recipient[];
  let link = '';
  const route = fromClient ? `/clients/${ids.clientId}` : '/messages';
  if (fromClient) {
    recipients = await staffRecipients(
      agency,
      (client.get('sharedWith') as string[] | undefined) ?? [],
      event,
    );
    if (URL.canParse(agency.adminAppUrl)) {
      link = appLink(agency.adminAppUrl, route, { tenant: ids.tenantId });
    }
  } else {
    if (!['invited', 'active'].includes(String(client.get('status')))) return 0;
    recipients = clientRecipients(agency, client.data() ?? {}, event);
    if (URL.canParse(agency.clientAppUrl)) {
      link = appLink(agency.clientAppUrl, route, { tenant: ids.tenantId });
    }
  }
  const property = (card?.get('property') ?? {}) as {
    title?: unknown;
    city?: unknown;
    price?: unknown;
  };
  const data: EventData = {
    client: {
      firstName: client.get('firstName') as string,
      lastName: client.get('lastName') as string,
    },
    property: {
      title: typeof property.title === 'string' ? property.title : '',
      city: typeof property.city === 'string' ? property.city : '',
      price: typeof property.price === 'number' ? property.price : null,
    },
    sender: { name: String(author?.get('displayName') ?? agency.branding.name) },
    message: { text: after.text },
    link,
  };
  return queueEventEmail(
    agency,
    event,
    `${event}-${ids.clientId}-${ids.messageId}`,
    recipients,
    () => data,
    route,
  );
}
