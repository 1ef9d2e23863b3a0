import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { messageEmail } from './messageEmail.js';

/** A new message e-mails the other side of the conversation (see messageEmail). */
export const notifyMessage = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/messages/{messageId}',
  async (event) => {
    await messageEmail(event.params, event.data?.before.data(), event.data?.after.data());
  },
);
