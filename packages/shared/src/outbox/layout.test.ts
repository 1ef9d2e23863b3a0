import { describe, expect, it } from 'vitest';
import { defaultBranding } from '../branding/branding.js';
import { brandedEmailHtml, textToHtml } from './layout.js';

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
});
