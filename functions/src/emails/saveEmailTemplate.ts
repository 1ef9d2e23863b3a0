import { onCall } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import { emailTemplateId } from '@portail/shared';
import { db } from '../admin.js';
import { writeAudit } from '../common/audit.js';
import { requireStaff } from '../common/guards.js';
import { parseTemplate } from './templateRefusal.js';

/**
 * N2: an admin saves the agency's version of one event's e-mail in one language. Validated with
 * the shared schema (an unknown or misspelt tag is refused with its position); the triggers then
 * use it (`tenants/{t}/emailTemplates/{event_language}`).
 */
export const saveEmailTemplate = onCall(async (request) => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const template = parseTemplate(request.data);
  const id = emailTemplateId(template.event, template.language);
  await db.doc(`tenants/${caller.tenantId}/emailTemplates/${id}`).set({
    event: template.event,
    language: template.language,
    subject: template.subject,
    text: template.text,
    html: template.html,
    updatedBy: caller.uid,
    updatedAt: FieldValue.serverTimestamp(),
  });
  await writeAudit(caller.tenantId, {
    action: 'emailTemplate.saved',
    actorUid: caller.uid,
    targetId: id,
  });
  return { id };
});
