import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { clientMoveEmail } from './clientMoveEmail.js';

/** N1: a client's move on a card e-mails the hunter (see clientMoveEmail). */
export const notifyClientMove = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/assignments/{propertyId}',
  async (event) => {
    await clientMoveEmail(event.params, event.data?.before.data(), event.data?.after.data());
  },
);
