import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { smtpSettingsInput, type SmtpSettingsView } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { smtpSettingsPath } from '../outbox/transport.js';

/**
 * The agency's SMTP server. The password goes to `tenants/{t}/private/smtp` (rules deny every
 * app; only functions read it); staff read the rest, and whether a password is set, from
 * `tenants/{t}/config/smtp`. An empty host returns the agency to the platform's server.
 */
export const saveSmtpSettings = onCall(async (request): Promise<SmtpSettingsView> => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const input = parseInput(smtpSettingsInput, request.data);
  const privateRef = db.doc(smtpSettingsPath(caller.tenantId));
  const viewRef = db.doc(`tenants/${caller.tenantId}/config/smtp`);
  return db.runTransaction(async (tx) => {
    const stored = (await tx.get(privateRef)).get('password');
    const password =
      input.password === undefined ? (typeof stored === 'string' ? stored : '') : input.password;
    const { password: _ignored, ...settings } = input;
    const view: SmtpSettingsView = { ...settings, passwordSet: password !== '' };
    tx.set(privateRef, { ...settings, password, updatedAt: FieldValue.serverTimestamp() });
    tx.set(viewRef, { ...view, updatedAt: FieldValue.serverTimestamp() });
    writeAudit(
      caller.tenantId,
      {
        action: 'smtp.saved',
        actorUid: caller.uid,
        targetId: 'smtp',
        details: { host: input.host, passwordChanged: input.password !== undefined },
      },
      tx,
    );
    return view;
  });
});
