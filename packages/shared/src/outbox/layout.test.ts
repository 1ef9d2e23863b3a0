import { describe, expect, it } from 'vitest';
import { defaultBranding } from '../branding/brandingValues.js';
import { DARK_TEXT, LIGHT_TEXT } from './contrast.js';
import { brandedEmail, brandedEmailHtml, emailFooterText, textToHtml } from './layout.js';

const company = {
  address: '12 rue Vaubecour, 69002 Lyon',
  phone: '04 78 12 34 56',
  email: 'contact@horizon.example',
  professionalCardNumber: 'CPI 6901 2024 000 045 678',
  professionalCardAuthority: 'CCI Lyon Métropole',
};
const branding = { ...defaultBranding, name: 'Horizon Immobilier' };
const headerOf = (html: string) => /<td style="background:(#\w+);color:(#\w+)/.exec(html)?.slice(1);

describe('branded e-mail', () => {
  it('shows the tenant name and colour', () => {
    const html = brandedEmailHtml({ ...defaultBranding, name: 'Agence Démo' }, '<p>Bonjour</p>');
    expect(html).toContain('Agence Démo');
    expect(html).toContain(defaultBranding.primaryColour);
    expect(html).toContain('<p>Bonjour</p>');
  });

  it('escapes a hostile tenant name', () => {
    const html = brandedEmailHtml({ ...defaultBranding, name: '<script>x</script>' }, '');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns text into escaped paragraphs', () => {
    expect(textToHtml('a <b>\nc\n\nd')).toBe('<p>a &lt;b&gt;<br>c</p><p>d</p>');
  });

  it('puts the company details and the professional card in the footer', () => {
    const html = brandedEmailHtml(branding, '<p>x</p>', company);
    for (const value of [
      'Horizon Immobilier',
      '12 rue Vaubecour, 69002 Lyon',
      'Tél. 04 78 12 34 56',
      'href="mailto:contact@horizon.example"',
      'Carte professionnelle n° CPI 6901 2024 000 045 678 délivrée par CCI Lyon Métropole',
    ]) {
      expect(html).toContain(value);
    }
    expect(html).toContain('<html lang="fr">');
    const english = brandedEmailHtml({ ...branding, language: 'en' }, '', company);
    expect(english).toContain('Professional card (carte T) no. CPI 6901 2024 000 045 678');
    expect(english).toContain('Tel. 04 78 12 34 56');
  });

  it('gives the text part the same footer, after a signature line', () => {
    expect(emailFooterText(branding, company)).toBe(
      [
        '-- ',
        'Horizon Immobilier',
        '12 rue Vaubecour, 69002 Lyon',
        'Tél. 04 78 12 34 56 · contact@horizon.example',
        'Carte professionnelle n° CPI 6901 2024 000 045 678 délivrée par CCI Lyon Métropole',
      ].join('\n'),
    );
    expect(emailFooterText(branding, { phone: ' ', professionalCardNumber: null })).toBe(
      '-- \nHorizon Immobilier',
    );
    const sent = brandedEmail(
      { subject: 'S', text: 'Bonjour', html: '<p>Bonjour</p>' },
      branding,
      company,
    );
    expect(sent.subject).toBe('S');
    expect(sent.text.startsWith('Bonjour\n\n-- \nHorizon Immobilier\n')).toBe(true);
    expect(sent.html).toContain('<p>Bonjour</p>');
    expect(sent.html).toContain('CPI 6901 2024 000 045 678');
  });

  it('writes the header in white or dark ink, whichever reads on the primary colour', () => {
    expect(headerOf(brandedEmailHtml({ ...branding, primaryColour: '#1f3a5f' }, ''))).toEqual([
      '#1f3a5f',
      LIGHT_TEXT,
    ]);
    expect(headerOf(brandedEmailHtml({ ...branding, primaryColour: '#fde047' }, ''))).toEqual([
      '#fde047',
      DARK_TEXT,
    ]);
    expect(brandedEmailHtml({ ...branding, primaryColour: '#fde047' }, '')).toContain(
      `a.button{background-color:#fde047!important;color:${DARK_TEXT}!important}`,
    );
  });

  it('escapes hostile company details and refuses colours or logos that could inject', () => {
    const html = brandedEmailHtml(
      { ...branding, primaryColour: 'red;background:url(x)', logoUrl: 'javascript:alert(1)' },
      '',
      { address: '<img src=x onerror=alert(1)>', email: '"><script>x</script>' },
    );
    expect(html).not.toMatch(/<img|<script|javascript:|url\(x\)/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(headerOf(html)?.[0]).toBe(defaultBranding.primaryColour);
    const withLogo = brandedEmailHtml({ ...branding, logoUrl: 'https://cdn.example/logo.png' }, '');
    expect(withLogo).toContain('<img src="https://cdn.example/logo.png" alt="Horizon Immobilier"');
  });
});
