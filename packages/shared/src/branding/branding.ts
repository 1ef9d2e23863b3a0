import { z } from 'zod';
import { languages, type Branding } from './brandingValues.js';

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Couleur attendue au format #RRGGBB' });

export const languageSchema = z.enum(languages);

/** What both apps may show before anyone signs in: public by design. */
export const brandingSchema = z.object({
  name: z.string().trim().min(1).max(120),
  primaryColour: hexColour,
  accentColour: hexColour,
  logoUrl: z.string().url().nullable(),
  language: languageSchema.default('fr'),
}) satisfies z.ZodType<Branding>;

/**
 * `domains/{host}` maps a host name to its tenant, tells which app lives there and which Auth
 * tenant (the agency's own user pool) its sign-in page signs in to.
 */
export const domainSchema = z.object({
  tenantId: z.string().min(1),
  app: z.enum(['admin', 'client']),
  authTenantId: z.string().min(1),
});
export type DomainEntry = z.infer<typeof domainSchema>;
