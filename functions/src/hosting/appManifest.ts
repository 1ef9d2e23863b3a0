import type { Branding } from '@portail/shared';

export type AppKind = 'admin' | 'client';

/** The icons every manifest lists; `/icons/<name>.png` renders each (see iconRequest.ts). */
export const manifestIcons = [
  { name: '192', sizes: '192x192', purpose: 'any' },
  { name: '512', sizes: '512x512', purpose: 'any' },
  { name: '512-maskable', sizes: '512x512', purpose: 'maskable' },
] as const;

const words = {
  fr: {
    admin: (name: string) => `${name} — Espace agence`,
    adminDescription: (name: string) => `L’espace de travail de l’équipe ${name}.`,
    clientDescription: (name: string) => `Votre espace client ${name} : vos biens, vos visites.`,
  },
  en: {
    admin: (name: string) => `${name} — Agency workspace`,
    adminDescription: (name: string) => `The ${name} team’s workspace.`,
    clientDescription: (name: string) => `Your ${name} client space: your properties, your visits.`,
  },
};

/**
 * A home-screen label: launchers cut names past about 12 characters, so cut at a word where
 * one fits rather than mid-word.
 */
export function shortName(name: string, max = 12): string {
  const trimmed = name.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace >= 4 ? cut.slice(0, lastSpace) : trimmed.slice(0, max)).trim();
}

/**
 * Icons are cached for a day: their URLs carry a digest of what they are drawn from, so a new
 * logo or colour reaches installed apps with the next manifest (5 minutes), not the next day.
 */
export function iconVersion(
  branding: Pick<Branding, 'logoUrl' | 'primaryColour'>,
  hash: (text: string) => string,
): string {
  return hash(`${branding.primaryColour}\n${branding.logoUrl ?? ''}`).slice(0, 10);
}

/** The web app manifest of one tenant's app on one host: its name, colours and icons. */
export function appManifest(app: AppKind, branding: Branding, version: string) {
  const text = words[branding.language];
  const name = app === 'admin' ? text.admin(branding.name) : branding.name;
  return {
    // One id per host: two agencies' apps (two origins) install as two apps from one build.
    id: '/',
    name,
    short_name:
      app === 'admin' ? shortName(`${shortName(branding.name, 8)} Pro`) : shortName(branding.name),
    description:
      app === 'admin'
        ? text.adminDescription(branding.name)
        : text.clientDescription(branding.name),
    lang: branding.language,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: branding.primaryColour,
    background_color: branding.primaryColour,
    icons: manifestIcons.map((icon) => ({
      src: `/icons/${icon.name}.png?v=${version}`,
      sizes: icon.sizes,
      type: 'image/png',
      purpose: icon.purpose,
    })),
    categories: ['business', 'lifestyle'],
    prefer_related_applications: false,
  };
}
