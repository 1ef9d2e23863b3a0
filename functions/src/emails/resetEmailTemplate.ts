import { onCall } from 'firebase-functions/v2/https';
import { emailTemplateId, emailTemplateKeyInput } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';

/** "Rétablir le modèle par défaut": the agency's version is removed, the default applies again. */
export const resetEmailTemplate = onCall(async (request) => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const { event, language } = parseInput(emailTemplateKeyInput, request.data);
  const id = emailTemplateId(event, language);
  await db.doc(`tenants/${caller.tenantId}/emailTemplates/${id}`).delete();
  await writeAudit(caller.tenantId, {
    action: 'emailTemplate.reset',
    actorUid: caller.uid,
    targetId: id,
  });
  return { id };
});
