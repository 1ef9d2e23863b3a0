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
  type RenderedEmail,
} from '@portail/shared';
import { db } from '../admin.js';
import { enqueueEmail } from '../common/outbox.js';
import type { AgencyContext } from './agency.js';
import { ringBell } from './bell.js';
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
 * Tells every recipient of an event, in their language, from the tenant's template (or the
 * default): an e-mail to those who take it and, when `bellRoute` names the object's route in the
 * recipient's app, an item in their bell titled with the e-mail's subject. The one place where
 * events reach people, so e-mail and bell never disagree on who hears of what. Each entry's id is
 * `<key>-<uid>`: the same event handled twice finds its entries written and queues nothing more.
 * Returns how many e-mail entries this call created.
 */
export async function queueEventEmail(
  agency: AgencyContext,
  event: EmailEvent,
  key: string,
  recipients: readonly Recipient[],
  dataFor: (recipient: Recipient) => EventData,
  bellRoute?: string,
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
    const id = recipientEntryId(key, recipient.uid);
    // The e-mail first: it is what the recipient must not miss if the bell's write fails.
    if (recipient.email)
      created += await queueOnce(agency.tenantId, recipient.email, email, event, id);
    if (bellRoute !== undefined) {
      await ringBell(agency.tenantId, recipient.uid, id, {
        event,
        title: email.subject,
        link: bellRoute,
      });
    }
  }
  return created;
}

/** One outbox entry under `id`; 0 when a previous run of the same event wrote it. */
async function queueOnce(
  tenantId: string,
  to: string,
  email: RenderedEmail,
  event: EmailEvent,
  id: string,
): Promise<number> {
  try {
    await enqueueEmail(
      tenantId,
      { to: [to], subject: email.subject, text: email.text, html: email.html, kind: event },
      id,
    );
    return 1;
  } catch (error) {
    if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
    return 0;
  }
}
