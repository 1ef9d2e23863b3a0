import { logger } from 'firebase-functions/v2';
import {
  emailTemplateId,
  recipientEntryId,
  renderEventTemplate,
  resolveEventTemplate,
  type EmailEvent,
  type EmailTemplate,
  type EventData,
  type Language,
} from '@portail/shared';
import { db } from '../admin.js';
import { enqueueEmail } from '../common/outbox.js';
import type { AgencyContext } from './agency.js';
import type { Recipient } from './recipients.js';

const ALREADY_EXISTS = 6;

/** The tenant's edited template of an event in a language, if any (N2). */
export async function tenantTemplate(
  tenantId: string,
  event: EmailEvent,
  language: Language,
): Promise<Partial<EmailTemplate> | undefined> {
  const snapshot = await db
    .doc(`tenants/${tenantId}/emailTemplates/${emailTemplateId(event, language)}`)
    .get();
  return snapshot.exists ? (snapshot.data() as Partial<EmailTemplate>) : undefined;
}

/**
 * Queues one e-mail per recipient, in their language, from the tenant's template (or the
 * default). Each entry's id is `<key>-<uid>`: the same event handled twice finds its entries
 * written and queues nothing more. Returns how many entries this call created.
 */
export async function queueEventEmail(
  agency: AgencyContext,
  event: EmailEvent,
  key: string,
  recipients: readonly Recipient[],
  dataFor: (recipient: Recipient) => EventData,
): Promise<number> {
  const templates = new Map<Language, EmailTemplate>();
  let created = 0;
  for (const recipient of recipients) {
    let template = templates.get(recipient.language);
    if (!template) {
      const resolved = resolveEventTemplate(
        event,
        recipient.language,
        await tenantTemplate(agency.tenantId, event, recipient.language),
      );
      if (resolved.issues.length > 0) {
        logger.warn('tenant template set aside', {
          tenantId: agency.tenantId,
          event,
          issues: resolved.issues,
        });
      }
      template = resolved.template;
      templates.set(recipient.language, template);
    }
    const data: EventData = { agency: agency.agency, ...dataFor(recipient) };
    const email = renderEventTemplate(template, recipient.language, data);
    try {
      await enqueueEmail(
        agency.tenantId,
        {
          to: [recipient.email],
          subject: email.subject,
          text: email.text,
          html: email.html,
          kind: event,
        },
        recipientEntryId(key, recipient.uid),
      );
      created++;
    } catch (error) {
      if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
    }
  }
  return created;
}
