import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { notificationPreferencesInput } from '@portail/shared';
import { db } from '../admin.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';

/**
 * The signed-in person's own e-mail preferences: a staff member mutes events
 * (`members/{uid}.notifications`), a client login turns the non-essential e-mails off or on
 * (`clients/{c}.emailOptOut`, by uid). Invitations and security e-mails always go.
 */
export const setNotificationPreferences = onCall(async (request) => {
  const input = parseInput(notificationPreferencesInput, request.data);
  if (input.audience === 'staff') {
    const caller = await requireStaff(request);
    await db
      .doc(`tenants/${caller.tenantId}/members/${caller.uid}`)
      .update({ notifications: { muted: [...new Set(input.muted)] } });
    return { ok: true };
  }
  const caller = await requireClient(request);
  if (caller.previewBy) throw new HttpsError('permission-denied', 'Aperçu en lecture seule.');
  await db.doc(`tenants/${caller.tenantId}/clients/${caller.clientId}`).update({
    emailOptOut: input.nonEssential
      ? FieldValue.arrayRemove(caller.uid)
      : FieldValue.arrayUnion(caller.uid),
  });
  return { ok: true };
});
