import { z } from 'zod';
import { languageSchema } from '../branding/branding.js';
import { emailEventSchema } from './events.js';
import { validateTemplate } from './validateTemplate.js';

/**
 * What the settings page saves for one event and language, and what a function parses before
 * storing it: the same validation as `validateTemplate`, each issue on its part (`path`) with
 * its French message and, in `params`, its code and position for the apps to translate.
 */
export const tenantEmailTemplateSchema = z
  .object({
    event: emailEventSchema,
    language: languageSchema,
    subject: z.string({ error: 'L’objet de l’e-mail est obligatoire.' }),
    text: z.string({ error: 'Le texte de l’e-mail est obligatoire.' }),
    html: z.string({ error: 'La version HTML de l’e-mail est obligatoire.' }),
  })
  .superRefine((value, ctx) => {
    for (const { message, part, ...details } of validateTemplate(value.event, value).issues) {
      ctx.addIssue({ code: 'custom', message, path: [part], params: { ...details, part } });
    }
  });
export type TenantEmailTemplate = z.infer<typeof tenantEmailTemplateSchema>;
