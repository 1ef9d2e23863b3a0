import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { staffRequestEmail } from './staffRequestEmail.js';

/** A collaborator's access request tells the owner and admins (see staffRequestEmail). */
export const notifyStaffRequest = onDocumentCreated(
  'tenants/{tenantId}/members/{uid}',
  async (event) => {
    await staffRequestEmail(event.params, event.data?.data());
  },
);
