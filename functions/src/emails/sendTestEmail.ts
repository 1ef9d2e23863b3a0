import { randomUUID } from 'node:crypto';
import { HttpsError, onCall } from 'firebase-functions/v2/https';
import {
  renderEventTemplate,
  resolveEventTemplate,
  sampleData,
  sendTestEmailInput,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireStaff } from '../common/guards.js';
import { enqueueEmail } from '../common/outbox.js';
import { parseInput } from '../common/validation.js';
import { loadAgency } from '../notifications/agency.js';
import { tenantTemplate } from '../notifications/queueEventEmail.js';
import { parseTemplate } from './templateRefusal.js';

/**
 * "M'envoyer un test": the draft on screen (validated like a save), or the template in force,
 * rendered on the sample data with the agency's own details, and queued to the caller only.
 */
export const sendTestEmail = onCall(async (request) => {
  const caller = await requireStaff(request, ['owner', 'admin']);
  const input = parseInput(sendTestEmailInput, request.data);
  const draft =
    input.subject !== undefined || input.text !== undefined || input.html !== undefined
      ? parseTemplate({ subject: '', text: '', html: '', ...input })
      : null;
  const [agency, member] = await Promise.all([
    loadAgency(caller.tenantId),
    db.doc(`tenants/${caller.tenantId}/members/${caller.uid}`).get(),
  ]);
  const to = member.get('email');
  if (!agency || typeof to !== 'string' || !to.includes('@')) {
    throw new HttpsError('failed-precondition', 'Votre adresse e-mail est introuvable.');
  }
  const template =
    draft ??
    resolveEventTemplate(
      input.event,
      input.language,
      await tenantTemplate(caller.tenantId, input.event, input.language),
    ).template;
  const data = { ...sampleData(input.event, input.language), agency: agency.agency };
  const email = renderEventTemplate(template, input.language, data);
  const id = await enqueueEmail(
    caller.tenantId,
    {
      to: [to],
      subject: `[Test] ${email.subject}`.slice(0, 300),
      text: email.text,
      html: email.html,
      kind: `test.${input.event}`,
    },
    `test-${input.event}-${caller.uid}-${randomUUID()}`,
  );
  return { id, to };
});
