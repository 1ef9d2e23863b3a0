import { Timestamp, type DocumentData } from 'firebase-admin/firestore';
import { appLink, publicationKey, type EventData } from '@portail/shared';
import { db } from '../admin.js';
import { loadAgency } from './agency.js';
import { assignmentSide } from './assignmentSide.js';
import type { AssignmentIds } from './clientMoveEmail.js';
import { queueEventEmail } from './queueEventEmail.js';
import { clientRecipients } from './recipients.js';

/** Spaces whose logins may hear from the agency. */
const reachable = ['invited', 'active'];
/** A "Publier" of more cards than this still sends one e-mail; the list stops there. */
const LISTED_MAX = 50;

/**
 * Publishing cards to a client e-mails every login of the space once per "Publier" (a per-login
 * opt-out applies). Staff publish a selection in one batch, whose `updatedAt` is the same server
 * instant on every card: each card's trigger reads the cards published at that instant and queues
 * the same entries (`propertiesPublished-<client>-<instant>-<login>`), so the first one to run
 * sends one e-mail listing them all and the others, or a replayed event, find it written.
 */
export async function publicationEmail(
  ids: AssignmentIds,
  before: DocumentData | undefined,
  after: DocumentData | undefined,
): Promise<number> {
  const key = publicationKey(ids.clientId, assignmentSide(before), assignmentSide(after));
  if (!key || !after || !(after.updatedAt instanceof Timestamp)) return 0;
  const clientRef = db.doc(`tenants/${ids.tenantId}/clients/${ids.clientId}`);
  const [agency, client, batch] = await Promise.all([
    loadAgency(ids.tenantId),
    clientRef.get(),
    clientRef
      .collection('assignments')
      .where('published', '==', true)
      .where('updatedAt', '==', after.updatedAt)
      .limit(LISTED_MAX)
      .get(),
  ]);
  if (!agency || !client.exists || !reachable.includes(String(client.get('status')))) return 0;
  const recipients = clientRecipients(agency, client.data() ?? {}, 'propertiesPublished');
  const canLink = URL.canParse(agency.clientAppUrl);
  const linkTo = (path: string) =>
    canLink ? appLink(agency.clientAppUrl, path, { tenant: ids.tenantId }) : '';
  const cards = batch.docs.some((doc) => doc.id === ids.propertyId)
    ? batch.docs.map((doc) => ({ id: doc.id, data: doc.data() }))
    : [
        { id: ids.propertyId, data: after },
        ...batch.docs.map((doc) => ({ id: doc.id, data: doc.data() })),
      ];
  const properties: EventData[] = cards.map(({ id, data }) => {
    const property = (data.property ?? {}) as Record<string, unknown>;
    return {
      title: property.title as string,
      city: property.city as string,
      price: property.price as number,
      link: linkTo(`/biens/${id}`),
    };
  });
  const route = properties.length === 1 ? `/biens/${cards[0]!.id}` : '/';
  const data: EventData = {
    client: {
      firstName: client.get('firstName') as string,
      lastName: client.get('lastName') as string,
    },
    properties,
    link: linkTo(route),
  };
  return queueEventEmail(agency, 'propertiesPublished', key, recipients, () => data, route);
}
