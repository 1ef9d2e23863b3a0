import type { DocumentData } from 'firebase-admin/firestore';
import type { EventData } from '@portail/shared';
import { db } from '../admin.js';
import { clientAudience } from './clientSpace.js';
import { queueEventEmail } from './queueEventEmail.js';

export interface DocumentIds {
  tenantId: string;
  clientId: string;
  documentId: string;
}

const DOCUMENTS_ROUTE = '/documents';

/**
 * A document the agency shares on a space tells every login, by e-mail (N1) and in the bell.
 * A message's attachment does not: the message's own e-mail already carries it. Documents are
 * never re-created under the same id, so the id is the event's identity
 * (`documentShared-<client>-<document>-<uid>`). Returns the e-mail entries created.
 */
export async function documentEmail(
  ids: DocumentIds,
  created: DocumentData | undefined,
): Promise<number> {
  if (!created || created.fromMessage === true || created.uploaderRole === 'client') return 0;
  const audience = await clientAudience(ids.tenantId, ids.clientId, 'documentShared');
  if (!audience) return 0;
  const propertyId = typeof created.propertyId === 'string' ? created.propertyId : null;
  // The property's title as the client knows it: from their card, and only once published.
  const card = propertyId
    ? await db
        .doc(`tenants/${ids.tenantId}/clients/${ids.clientId}/assignments/${propertyId}`)
        .get()
    : null;
  const propertyTitle =
    card?.get('published') === true ? String(card.get('property.title') ?? '') : '';
  const data: EventData = {
    client: audience.clientTags,
    document: {
      title: String(created.title || created.fileName || ''),
    },
    property: { title: propertyTitle },
    link: audience.linkTo(DOCUMENTS_ROUTE),
  };
  return queueEventEmail(
    audience.agency,
    'documentShared',
    `documentShared-${ids.clientId}-${ids.documentId}`,
    audience.recipients,
    () => data,
    DOCUMENTS_ROUTE,
  );
}
