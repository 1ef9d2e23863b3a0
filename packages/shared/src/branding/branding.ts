import { z } from 'zod';

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Couleur attendue au format #RRGGBB' });

export const languages = ['fr', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** What both apps may show before anyone signs in: public by design. */
export const brandingSchema = z.object({
  name: z.string().trim().min(1).max(120),
  primaryColour: hexColour,
  accentColour: hexColour,
  logoUrl: z.string().url().nullable(),
  language: languageSchema.default('fr'),
});
export type Branding = z.infer<typeof brandingSchema>;

export const defaultBranding: Branding = {
  name: 'Portail immobilier',
  primaryColour: '#1f3a5f',
  accentColour: '#e2553d',
  logoUrl: null,
  language: 'fr',
};

/** `domains/{host}` maps a host name to its tenant and tells which app lives there. */
export const domainSchema = z.object({
  tenantId: z.string().min(1),
  app: z.enum(['admin', 'client']),
});
export type DomainEntry = z.infer<typeof domainSchema>;
