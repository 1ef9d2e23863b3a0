import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './defaults/defaultTemplates.js';
import {
  RENDERED_SUBJECT_MAX,
  renderEvent,
  renderEventTemplate,
  resolveEventTemplate,
} from './renderEvent.js';
import { sampleData } from './sampleData.js';

/** Intl separates thousands and `€` with no-break spaces (U+00A0, U+202F): compare them as spaces. */
const spaced = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

const hostile = '<script>alert("x")</script> & "quotes" \'single\'';

describe('renderEvent: escaping', () => {
  it('shows a hostile client name as text in HTML and as it is in the text part', () => {
    const data = { ...sampleData('invitation', 'fr'), client: { firstName: hostile } };
    const rendered = renderEvent('invitation', 'fr', data);
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).toContain(
      'Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;,',
    );
    expect(rendered.text).toContain(`Bonjour ${hostile},`);
  });

  it('cannot break out of an attribute, and drops a link that is not http(s)', () => {
    const template = {
      subject: 's',
      text: '{{link}}',
      html: '<a href="{{link}}" title="{{client.firstName}}">x</a>',
    };
    const breakout = renderEventTemplate(template, 'fr', {
      link: 'https://a.example/?q="><img src=x onerror=alert(1)>',
      client: { firstName: '" onmouseover="alert(1)' },
    });
    expect(breakout.html).toBe(
      '<a href="https://a.example/?q=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" title="&quot; onmouseover=&quot;alert(1)">x</a>',
    );
    const script = renderEventTemplate(template, 'fr', { link: ' javascript:alert(1)' });
    expect(script.html).toContain('href=""');
    expect(script.text).toBe('');
    expect(renderEventTemplate(template, 'fr', { link: 'mailto:a@b.example' }).text).toBe(
      'mailto:a@b.example',
    );
  });

  it('keeps a long text’s line breaks in HTML, escaped', () => {
    const data = { ...sampleData('clientMessage', 'fr'), message: { text: 'a <b>\nc' } };
    expect(renderEvent('clientMessage', 'fr', data).html).toContain('a &lt;b&gt;<br>c');
  });

  it('keeps the subject on one line whatever the data holds', () => {
    const data = {
      ...sampleData('dossierAvailable', 'fr'),
      dossier: { title: 'Dossier\r\nBcc: victim@example.test\n\tX' },
    };
    const { subject } = renderEvent('dossierAvailable', 'fr', data);
    expect(subject).toBe('Votre dossier « Dossier Bcc: victim@example.test X » est disponible');
  });

  it('cuts a subject that the data makes too long for the outbox', () => {
    const data = { ...sampleData('dossierAvailable', 'fr'), dossier: { title: 'x'.repeat(400) } };
    const { subject } = renderEvent('dossierAvailable', 'fr', data);
    expect(subject).toHaveLength(RENDERED_SUBJECT_MAX);
    expect(subject.endsWith('…')).toBe(true);
  });
});

describe('renderEvent: values', () => {
  it('formats money, dates and times for each language, in Paris time', () => {
    const fr = renderEvent('appointmentCreated', 'fr', sampleData('appointmentCreated', 'fr'));
    expect(fr.subject).toContain('le mardi 3 mars 2026 à 10:00');
    const en = renderEvent('appointmentCreated', 'en', sampleData('appointmentCreated', 'en'));
    expect(en.subject).toContain('Tuesday 3 March 2026 at 10:00');
    const offer = sampleData('offerMade', 'fr');
    expect(spaced(renderEvent('offerMade', 'fr', offer).text)).toContain(
      'une offre de 305 000 € pour',
    );
    expect(renderEvent('offerMade', 'en', sampleData('offerMade', 'en')).text).toContain(
      'an offer of €305,000 on',
    );
  });

  it('reads instants from timestamps, epoch milliseconds and ISO strings alike', () => {
    const template = { subject: 's', text: '{{appointment.date}} {{appointment.time}}', html: 'h' };
    const instant = Date.UTC(2026, 6, 14, 18, 45);
    const expected = 'mardi 14 juillet 2026 20:45';
    for (const start of [instant, { toMillis: () => instant }, '2026-07-14T18:45:00Z']) {
      expect(renderEventTemplate(template, 'fr', { appointment: { start } }).text).toBe(expected);
    }
    expect(renderEventTemplate(template, 'fr', { appointment: { start: 'bientôt' } }).text).toBe(
      'bientôt bientôt',
    );
  });

  it('formats a validity given in milliseconds, and keeps one given as words', () => {
    const data = sampleData('invitation', 'en');
    expect(renderEvent('invitation', 'en', data).text).toContain('valid for 7 days');
    expect(renderEvent('invitation', 'fr', { ...data, validity: '7 jours' }).text).toContain(
      'valable 7 jours',
    );
  });

  it('shows optional sections only when their value is there, without leftover blank lines', () => {
    const data = sampleData('visitRequested', 'fr');
    const withAvailability = renderEvent('visitRequested', 'fr', data).text;
    expect(withAvailability).toContain(
      'Ses disponibilités :\nEn semaine après 18 h\nLe samedi matin',
    );
    const without = renderEvent('visitRequested', 'fr', { ...data, visit: { availability: ' ' } });
    expect(without.text).not.toContain('disponibilités');
    expect(without.text).not.toMatch(/\n{3,}/);
    expect(without.html).not.toContain('<blockquote');
  });

  it('repeats a list once per item and shows its inverted block when it is empty', () => {
    const template = {
      subject: 's',
      text: '{{#properties}}[{{property.title}} {{property.price}}]{{/properties}}{{^properties}}aucun{{/properties}}',
      html: 'h',
    };
    const two = { properties: [{ title: 'A', price: 1000 }, { title: 'B' }] };
    expect(spaced(renderEventTemplate(template, 'fr', two).text)).toBe('[A 1 000 €][B ]');
    expect(renderEventTemplate(template, 'fr', { properties: [] }).text).toBe('aucun');
    expect(renderEventTemplate(template, 'fr', {}).text).toBe('aucun');
  });

  it('never reads inherited properties as values', () => {
    const template = { subject: 's', text: '[{{client.constructor}}][{{link.length}}]', html: 'h' };
    expect(renderEventTemplate(template, 'fr', { client: {}, link: 'abc' }).text).toBe('[][]');
  });
});

describe('renderEvent: overrides', () => {
  it('uses a tenant’s valid parts over the default ones', () => {
    const data = sampleData('dossierAvailable', 'fr');
    const rendered = renderEvent('dossierAvailable', 'fr', data, {
      subject: 'Le dossier {{dossier.title}} vous attend',
    });
    expect(rendered.subject).toBe('Le dossier Diagnostics – 8 rue Sainte-Hélène vous attend');
    expect(rendered.text).toContain(data.link as string);
  });

  it('falls back to the default, and says why, when the tenant’s version no longer validates', () => {
    const resolved = resolveEventTemplate('dossierAvailable', 'en', {
      text: 'Hi {{client.prenom}}',
    });
    expect(resolved.overridden).toBe(false);
    expect(resolved.template).toBe(defaultTemplates.en.dossierAvailable);
    expect(resolved.issues.map((issue) => issue.code)).toEqual(['unknownTag']);
    const rendered = renderEvent('dossierAvailable', 'en', sampleData('dossierAvailable', 'en'), {
      text: 'Hi {{client.prenom}}',
    });
    expect(rendered.text.startsWith('Hello Emma,')).toBe(true);
  });

  it('ignores missing parts of an override', () => {
    const resolved = resolveEventTemplate('signInLink', 'fr', { subject: undefined });
    expect(resolved).toEqual({
      template: defaultTemplates.fr.signInLink,
      overridden: false,
      issues: [],
    });
  });
});
