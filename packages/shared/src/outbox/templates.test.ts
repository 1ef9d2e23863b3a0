import { describe, expect, it } from 'vitest';
import {
  appLink,
  defaultEmailTemplates,
  emailTemplateKinds,
  lookupTag,
  renderEmail,
  renderTemplate,
} from './templates.js';

const data = {
  client: { firstName: 'Léa', lastName: 'Martin' },
  agency: { name: 'Agence <Démo> & Fils' },
  link: 'https://agence.example/firstlogin?tenant=demo&token=abc',
  validity: '7 jours',
};

describe('renderTemplate', () => {
  it('fills nested tags in every part, with or without spaces', () => {
    const rendered = renderTemplate(
      { subject: 'Bonjour {{ client.firstName }}', text: '{{agency.name}}', html: '{{link}}' },
      data,
    );
    expect(rendered.subject).toBe('Bonjour Léa');
    expect(rendered.text).toBe('Agence <Démo> & Fils');
    expect(rendered.html).toBe('https://agence.example/firstlogin?tenant=demo&amp;token=abc');
  });

  it('escapes values in the html part only, and keeps the template markup', () => {
    const rendered = renderTemplate(
      { subject: '{{agency.name}}', text: '{{agency.name}}', html: '<b>{{agency.name}}</b>' },
      { agency: { name: '<script>alert("x")</script>' } },
    );
    expect(rendered.html).toBe('<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b>');
    expect(rendered.text).toBe('<script>alert("x")</script>');
  });

  it('renders unknown tags, objects and prototype names empty', () => {
    const rendered = renderTemplate(
      {
        subject: 'a{{nope}}b{{client}}c{{client.firstName.x}}d',
        text: '{{constructor}}{{client.toString}}{{__proto__.x}}',
        html: '{{agency.missing}}',
      },
      data,
    );
    expect(rendered.subject).toBe('abcd');
    expect(rendered.text).toBe('');
    expect(rendered.html).toBe('');
  });

  it('renders numbers and leaves malformed tags alone', () => {
    expect(lookupTag({ a: { b: 3 } }, 'a.b')).toBe('3');
    expect(lookupTag({ a: null }, 'a.b')).toBe('');
    const rendered = renderTemplate({ subject: '{{ a b }}', text: '{a}', html: '{{}}' }, {});
    expect(rendered).toEqual({ subject: '{{ a b }}', text: '{a}', html: '{{}}' });
  });

  it('keeps the subject on one line', () => {
    const rendered = renderTemplate(
      { subject: 'Objet {{x}}', text: '', html: '' },
      { x: 'a\r\nBcc: victim@example.test' },
    );
    expect(rendered.subject).toBe('Objet a Bcc: victim@example.test');
  });
});

describe('default templates', () => {
  it('has every kind, each naming the agency and carrying the link', () => {
    for (const kind of emailTemplateKinds) {
      const rendered = renderEmail(kind, data);
      expect(rendered.subject).toContain('Agence <Démo> & Fils');
      expect(rendered.text).toContain(data.link);
      expect(rendered.html).toContain(
        'href="https://agence.example/firstlogin?tenant=demo&amp;token=abc"',
      );
      expect(rendered.html).toContain('Agence &lt;Démo&gt; &amp; Fils');
      expect(rendered.html).not.toContain('{{');
      expect(rendered.text).not.toContain('{{');
    }
  });

  it('greets the invited client by first name and says how long the link lasts', () => {
    const rendered = renderEmail('invitation', data);
    expect(rendered.text).toContain('Bonjour Léa,');
    expect(rendered.text).toContain('7 jours');
    expect(defaultEmailTemplates.invitation.html).toContain('{{client.firstName}}');
  });

  it('offers the sign-in link with a button and says how long it lasts', () => {
    expect(emailTemplateKinds).toContain('signInLink');
    const rendered = renderEmail('signInLink', { ...data, validity: '30 minutes' });
    expect(rendered.subject).toBe('Votre lien de connexion à Agence <Démo> & Fils');
    expect(rendered.html).toContain('>Me connecter</a>');
    expect(rendered.text).toContain('valable 30 minutes');
    expect(rendered.html).toContain('valable 30 minutes');
  });

  it('takes a tenant override part by part', () => {
    const rendered = renderEmail('invitation', data, { subject: 'Bienvenue {{client.firstName}}' });
    expect(rendered.subject).toBe('Bienvenue Léa');
    expect(rendered.text).toContain(data.link);
  });
});

describe('appLink', () => {
  it('keeps the ?tenant= of a local app URL and adds the token', () => {
    expect(appLink('http://localhost:5174/?tenant=x', '/firstlogin', { token: 'abc' })).toBe(
      'http://localhost:5174/firstlogin?tenant=x&token=abc',
    );
  });

  it('works on a bare domain, a trailing slash and a base path', () => {
    expect(appLink('https://agence.fr', 'reset-password', { token: 't' })).toBe(
      'https://agence.fr/reset-password?token=t',
    );
    expect(appLink('https://agence.fr/', '/firstlogin', { tenant: 'a', token: 't' })).toBe(
      'https://agence.fr/firstlogin?tenant=a&token=t',
    );
    expect(appLink('https://h.fr/portail/#x', '/firstlogin', { token: 't' })).toBe(
      'https://h.fr/portail/firstlogin?token=t',
    );
  });

  it('does not duplicate a parameter the base already has', () => {
    expect(appLink('http://localhost:5174/?tenant=x', '/p', { tenant: 'x', token: 't' })).toBe(
      'http://localhost:5174/p?tenant=x&token=t',
    );
  });
});
