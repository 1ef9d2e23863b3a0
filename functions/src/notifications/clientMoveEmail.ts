import type { DocumentData } from 'firebase-admin/firestore';
import { appLink, clientMoveNotice, type EventData } from '@portail/shared';
import { db } from '../admin.js';
import { loadAgency } from './agency.js';
import { assignmentSide } from './assignmentSide.js';
import { queueEventEmail } from './queueEventEmail.js';
import { staffRecipients } from './recipients.js';

export interface AssignmentIds {
  tenantId: string;
  clientId: string;
  propertyId: string;
}

const average = (ratings: unknown): number | null => {
  const values = Object.values((ratings ?? {}) as Record<string, unknown>).filter(
    (value): value is number => typeof value === 'number',
  );
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
};

/** The tags of the four client moves, from the card as the move left it. */
function moveData(after: DocumentData): EventData {
  const property = (after.property ?? {}) as Record<string, unknown>;
  return {
    property: {
      title: property.title as string,
      city: property.city as string,
      price: property.price as number,
    },
    visit: { availability: after.visitRequest?.availabilities as string | undefined },
    report: {
      rating: average(after.report?.ratings),
      comment: after.report?.comment as string | undefined,
    },
    offer: {
      amount: after.offer?.amount as number | undefined,
      validUntil: after.offer?.validUntil,
    },
    rejection: { reason: after.rejectedReason as string | undefined },
  };
}

/**
 * A client's move on a card (visit requested, report filed, offer made, rejected) e-mails the
 * hunter (N1). The outbox ids come from the move itself (`lastMove.at`), so the same trigger
 * event delivered twice, or replayed by hand, queues nothing more. Returns the entries created.
 */
export async function clientMoveEmail(
  ids: AssignmentIds,
  before: DocumentData | undefined,
  after: DocumentData | undefined,
): Promise<number> {
  const notice = clientMoveNotice(ids, assignmentSide(before), assignmentSide(after));
  if (!notice || !after) return 0;
  const [agency, client] = await Promise.all([
    loadAgency(ids.tenantId),
    db.doc(`tenants/${ids.tenantId}/clients/${ids.clientId}`).get(),
  ]);
  if (!agency || !client.exists) return 0;
  const sharedWith = (client.get('sharedWith') as string[] | undefined) ?? [];
  const recipients = await staffRecipients(agency, sharedWith, notice.event);
  const link = URL.canParse(agency.adminAppUrl)
    ? appLink(agency.adminAppUrl, `/clients/${ids.clientId}`, { tenant: ids.tenantId })
    : '';
  const data: EventData = {
    ...moveData(after),
    client: {
      firstName: client.get('firstName') as string,
      lastName: client.get('lastName') as string,
    },
    link,
  };
  return queueEventEmail(
    agency,
    notice.event,
    notice.key,
    recipients,
    () => data,
    `/clients/${ids.clientId}`,
  );
}
