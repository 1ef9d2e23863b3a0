import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { appointmentEmail } from './appointmentEmail.js';

/** An appointment created, moved or cancelled tells the client's logins (see appointmentEmail). */
export const notifyAppointment = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/appointments/{appointmentId}',
  async (event) => {
    const before = event.data?.before;
    const after = event.data?.after;
    await appointmentEmail(
      event.params,
      { data: before?.data(), updateTime: before?.exists ? before.updateTime : undefined },
      { data: after?.data(), updateTime: after?.exists ? after.updateTime : undefined },
    );
  },
);
