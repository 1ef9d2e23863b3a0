/**
 * The branding values the apps need before sign-in, without zod: the sign-in page must not
 * download a validation library to read four fields (see ENGINEERING.md, performance budgets).
 * `brandingSchema` (branding.ts) is the validating twin used where branding is edited.
 */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

export interface Branding {
  name: string;
  primaryColour: string;
  accentColour: string;
  logoUrl: string | null;
  language: Language;
}

export const defaultBranding: Branding = {
  name: 'Portail immobilier',
  primaryColour: '#1f3a5f',
  accentColour: '#e2553d',
  logoUrl: null,
  language: 'fr',
};

const colourPattern = /^#[0-9a-fA-F]{6}$/;

/** Branding as stored, each field checked on its own; what is missing or wrong falls back. */
export function readBranding(value: unknown): Branding {
  const data = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const colour = (field: unknown, fallback: string) =>
    typeof field === 'string' && colourPattern.test(field) ? field : fallback;
  const name = typeof data.name === 'string' ? data.name.trim().slice(0, 120) : '';
  const logo = data.logoUrl;
  return {
    name: name || defaultBranding.name,
    primaryColour: colour(data.primaryColour, defaultBranding.primaryColour),
    accentColour: colour(data.accentColour, defaultBranding.accentColour),
    logoUrl: typeof logo === 'string' && /^(https?:|data:image\/)/.test(logo) ? logo : null,
    language: data.language === 'en' ? 'en' : 'fr',
  };
}
