import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { publicationEmail } from './publicationEmail.js';

/** A "Publier" e-mails the client space's logins once, listing the cards (see publicationEmail). */
export const notifyPublication = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/assignments/{propertyId}',
  async (event) => {
    await publicationEmail(event.params, event.data?.before.data(), event.data?.after.data());
  },
);
