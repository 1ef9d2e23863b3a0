import { z } from 'zod';
import { languageSchema } from '../branding/branding.js';
import { emailEventSchema, type EmailEvent } from '../outbox/events.js';
import type { Language } from '../branding/brandingValues.js';

/** `tenants/{t}/emailTemplates/{event_language}`: one edited template per event and language. */
export const emailTemplateId = (event: EmailEvent, language: Language) => `${event}_${language}`;

export const emailTemplateKeyInput = z.object({
  event: emailEventSchema,
  language: languageSchema,
});
export type EmailTemplateKeyInput = z.infer<typeof emailTemplateKeyInput>;

/**
 * "M'envoyer un test": the draft on screen (validated like a save) or, without one, the template
 * in force; rendered on the sample data and sent to the caller only.
 */
export const sendTestEmailInput = emailTemplateKeyInput.extend({
  subject: z.string().max(2000).optional(),
  text: z.string().max(100_000).optional(),
  html: z.string().max(200_000).optional(),
});
export type SendTestEmailInput = z.infer<typeof sendTestEmailInput>;

export const resendEmailInput = z.object({
  messageId: z
    .string()
    .min(1)
    .max(1500)
    .regex(/^[^/]+$/, { error: 'Envoi introuvable.' }),
});

const hostPattern = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/**
 * A tenant's own SMTP server. An empty host means the platform's server (and sender address);
 * `password` left out keeps the stored one, an empty string removes it.
 */
export const smtpSettingsInput = z.object({
  host: z
    .string()
    .trim()
    .max(253)
    .refine((value) => value === '' || hostPattern.test(value), {
      error: 'Nom de serveur SMTP invalide (ex. smtp.exemple.fr).',
    }),
  port: z
    .number({ error: 'Port attendu (nombre).' })
    .int({ error: 'Port attendu (nombre entier).' })
    .min(1, { error: 'Port entre 1 et 65535.' })
    .max(65535, { error: 'Port entre 1 et 65535.' }),
  secure: z.boolean(),
  user: z.string().trim().max(254, { error: 'Identifiant : 254 caractères au plus.' }),
  password: z.string().max(512, { error: 'Mot de passe : 512 caractères au plus.' }).optional(),
  senderName: z.string().trim().max(120, { error: 'Nom d’expéditeur : 120 caractères au plus.' }),
  senderAddress: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      error: 'Adresse d’expéditeur invalide.',
    }),
});
export type SmtpSettingsInput = z.infer<typeof smtpSettingsInput>;

/** What staff read of the SMTP settings (`tenants/{t}/config/smtp`): never the password. */
export interface SmtpSettingsView {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  senderName: string;
  senderAddress: string;
  passwordSet: boolean;
}

export const defaultSmtpSettingsView: SmtpSettingsView = {
  host: '',
  port: 587,
  secure: false,
  user: '',
  senderName: '',
  senderAddress: '',
  passwordSet: false,
};
