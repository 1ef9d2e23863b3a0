import { describe, expect, it } from 'vitest';
import { redactSecretLinks } from './redactSecrets.js';

const token = 'Yx3_k9-QmZp2VtR8sLw4HbN6cFj1DaE0oUiGhTyKqXw';

describe('redactSecretLinks', () => {
  it('cuts the one-time token out of a link and keeps where it led', () => {
    const text = `Choisissez votre mot de passe : https://a.example/firstlogin?tenant=t1&token=${token}\n\nÀ bientôt`;
    const out = redactSecretLinks(text);
    expect(out).toBe(
      'Choisissez votre mot de passe : https://a.example/firstlogin?tenant=t1&token=[retiré]\n\nÀ bientôt',
    );
    expect(out).not.toContain(token);
  });

  it('cuts it in HTML, where & is written &amp;, and wherever the link is repeated', () => {
    const link = `https://a.example/reset-password?tenant=t1&amp;token=${token}`;
    const html = `<p><a href="${link}">Lien</a></p><p>${link}</p>`;
    const out = redactSecretLinks(html);
    expect(out).not.toContain(token);
    expect(out.match(/token=\[retiré\]/g)).toHaveLength(2);
    expect(out).toContain(
      '<a href="https://a.example/reset-password?tenant=t1&amp;token=[retiré]">',
    );
  });

  it('cuts other secret parameters, first in the query or not, whatever their case', () => {
    const out = redactSecretLinks(
      'https://x.example/a?oobCode=abc123&mode=reset https://x.example/b?TOKEN=zz&sig=s1#top',
    );
    expect(out).toBe(
      'https://x.example/a?oobCode=[retiré]&mode=reset https://x.example/b?TOKEN=[retiré]&sig=[retiré]#top',
    );
  });

  it('leaves everything else alone', () => {
    const text = 'Code postal 69006, https://x.example/?tenant=t1&postalCode=69006 token= seul';
    expect(redactSecretLinks(text)).toBe(text);
  });
});
