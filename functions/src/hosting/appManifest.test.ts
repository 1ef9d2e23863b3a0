import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultBranding } from '@portail/shared';
import { appManifest, iconVersion, shortName } from './appManifest.js';

const branding = {
  ...defaultBranding,
  name: 'Agence Démo Lyon Presqu’île',
  primaryColour: '#0a7d5a',
  logoUrl: null,
};

describe('appManifest', () => {
  it('names the client app after the agency, in its colours, with the three icons', () => {
    const manifest = appManifest('client', branding, 'v1');
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Agence Démo Lyon Presqu’île',
      short_name: 'Agence Démo',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0a7d5a',
      background_color: '#0a7d5a',
      lang: 'fr',
    });
    expect(manifest.icons).toEqual([
      { src: '/icons/192.png?v=v1', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/512.png?v=v1', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/512-maskable.png?v=v1',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ]);
  });

  it('tells the admin app apart, in the tenant’s language', () => {
    const fr = appManifest('admin', branding, 'v1');
    expect(fr.name).toBe('Agence Démo Lyon Presqu’île — Espace agence');
    expect(fr.short_name).toBe('Agence Pro');
    const en = appManifest('admin', { ...branding, language: 'en' }, 'v1');
    expect(en.name).toBe('Agence Démo Lyon Presqu’île — Agency workspace');
    expect(en.lang).toBe('en');
  });
});

describe('shortName', () => {
  it('keeps short names and cuts long ones at a word', () => {
    expect(shortName('Agence Démo')).toBe('Agence Démo');
    expect(shortName('Cabinet Martin & Fils')).toBe('Cabinet');
    expect(shortName('Immobilierdelaplage')).toBe('Immobilierde');
  });
});

describe('iconVersion', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const version = (primaryColour: string, logoUrl: string | null) =>
    iconVersion({ primaryColour, logoUrl }, sha256);

  it('changes with the logo and the colour, and only with them', () => {
    const base = version('#000000', null);
    expect(base).toMatch(/^[0-9a-f]{10}$/);
    expect(version('#000000', null)).toBe(base);
    expect(version('#000001', null)).not.toBe(base);
    expect(version('#000000', 'https://a.test/1.png')).not.toBe(
      version('#000000', 'https://a.test/2.png'),
    );
  });
});
