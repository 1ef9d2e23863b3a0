import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { documentEmail } from './documentEmail.js';

/** A document shared on a space tells its logins (see documentEmail). */
export const notifyDocument = onDocumentCreated(
  'tenants/{tenantId}/clients/{clientId}/documents/{documentId}',
  async (event) => {
    await documentEmail(event.params, event.data?.data());
  },
);
