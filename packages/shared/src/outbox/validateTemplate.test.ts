import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './defaults/defaultTemplates.js';
import { editDistance, suggestTag } from './suggestTag.js';
import { TEMPLATE_LIMITS, validateTemplate } from './validateTemplate.js';

const base = defaultTemplates.fr.visitRequested;
const withText = (text: string) => ({ ...base, text: `${text}\n{{link}}` });
const issuesOf = (event: Parameters<typeof validateTemplate>[0], template: typeof base) =>
  validateTemplate(event, template).issues;

describe('validateTemplate: tags', () => {
  it('refuses an unknown tag with its part, line, column and offset', () => {
    const text = 'Bonjour,\n\nVoici le bien : {{property.nope}} !';
    const [issue, ...others] = issuesOf('visitRequested', withText(text));
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      code: 'unknownTag',
      part: 'text',
      tag: 'property.nope',
      line: 3,
      column: 17,
      offset: text.indexOf('{{property.nope}}'),
    });
  });

  it('suggests the tag a French speaker meant', () => {
    const text = 'Ligne 1\nLigne 2\nBonjour {{client.prenom}},';
    const [issue] = issuesOf('visitRequested', withText(text));
    expect(issue).toMatchObject({ suggestion: 'client.firstName', line: 3, column: 9 });
    expect(issue?.message).toBe(
      'Balise inconnue {{client.prenom}} (ligne 3, colonne 9) : vouliez-vous dire {{client.firstName}} ?',
    );
  });

  it.each([
    ['client.fristName', 'client.firstName'],
    ['client.nom', 'client.lastName'],
    ['agency.nme', 'agency.name'],
    ['agence.telephone', 'agency.phone'],
    ['bien.prix', 'property.price'],
    ['property.titel', 'property.title'],
    ['lien', 'link'],
    ['Client.FirstName', 'client.firstName'],
  ])('suggests {{%s}} → {{%s}}', (typed, expected) => {
    const [issue] = issuesOf('visitRequested', withText(`{{${typed}}}`));
    expect(issue?.code).toBe('unknownTag');
    expect(issue?.suggestion).toBe(expected);
  });

  it('makes no suggestion for a name that resembles nothing', () => {
    const [issue] = issuesOf('visitRequested', withText('{{zzz.qqqqq}}'));
    expect(issue?.code).toBe('unknownTag');
    expect(issue?.suggestion).toBeUndefined();
    expect(issue?.message).toBe('Balise inconnue {{zzz.qqqqq}} (ligne 1, colonne 1).');
  });

  it('refuses a real tag that this event does not offer', () => {
    const [issue] = issuesOf('invitation', {
      ...defaultTemplates.fr.invitation,
      subject: 'Offre {{offer.amount}}',
    });
    expect(issue).toMatchObject({ code: 'tagUnavailable', part: 'subject', tag: 'offer.amount' });
  });

  it('refuses a tag in an unquoted HTML attribute, accepts it quoted', () => {
    const bad = { ...base, html: '<a href={{link}}>x</a>' };
    expect(issuesOf('visitRequested', bad)).toMatchObject([
      { code: 'unquotedAttribute', part: 'html', tag: 'link', column: 9 },
    ]);
    const good = {
      ...base,
      html: `<a href="{{link}}" title='{{property.title}}'>x</a> a={{link}}`,
    };
    expect(issuesOf('visitRequested', good)).toEqual([]);
  });

  it('requires the link in both bodies of a one-time-link e-mail', () => {
    const template = { ...defaultTemplates.fr.signInLink, html: '<p>Bonjour</p>' };
    expect(issuesOf('signInLink', template)).toMatchObject([
      { code: 'missingRequiredTag', part: 'html', tag: 'link' },
    ]);
  });

  it('refuses malformed and unterminated tags', () => {
    const issues = issuesOf(
      'visitRequested',
      withText('{{ client first }} et {{ {{client.firstName}}'),
    );
    expect(issues.map((issue) => [issue.code, issue.column])).toEqual([
      ['malformedTag', 1],
      ['unterminatedTag', 23],
    ]);
  });

  it('counts columns in characters, as a person sees them', () => {
    const [issue] = issuesOf('visitRequested', withText('🏠 {{nope}}'));
    expect(issue).toMatchObject({ column: 3, offset: 3 });
  });
});

describe('validateTemplate: blocks', () => {
  const list = (body: string) => ({
    ...defaultTemplates.fr.propertiesPublished,
    text: `${body}\n{{link}}`,
  });

  it('accepts a list block with its item tags and conditions inside', () => {
    const text =
      '{{#properties}}- {{property.title}}{{#property.city}} ({{property.city}}){{/property.city}} {{client.firstName}}\n{{/properties}}{{^properties}}Aucun bien{{/properties}}';
    expect(issuesOf('propertiesPublished', list(text))).toEqual([]);
  });

  it('refuses a block that is not closed, where it was opened', () => {
    const [issue, ...others] = issuesOf(
      'propertiesPublished',
      list('a\n  {{#properties}}{{property.title}}'),
    );
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ code: 'unclosedBlock', tag: 'properties', line: 2, column: 3 });
    expect(issue?.message).toContain('ajoutez {{/properties}}');
  });

  it('refuses a close that does not match the open block', () => {
    const issues = issuesOf(
      'propertiesPublished',
      list('{{#properties}}x{{/client.firstName}}{{/properties}}'),
    );
    expect(issues).toMatchObject([
      { code: 'unexpectedBlockClose', tag: 'client.firstName', block: 'properties' },
    ]);
    expect(issuesOf('propertiesPublished', list('x{{/properties}}'))).toMatchObject([
      { code: 'unexpectedBlockClose', tag: 'properties' },
    ]);
  });

  it('refuses an item tag outside its block', () => {
    const [issue] = issuesOf('propertiesPublished', list('Voir {{property.link}}'));
    expect(issue).toMatchObject({
      code: 'tagOutsideBlock',
      tag: 'property.link',
      block: 'properties',
    });
    expect(issue?.message).toBe(
      'La balise {{property.link}} (ligne 1, colonne 6) ne s’utilise qu’à l’intérieur du bloc {{#properties}}…{{/properties}}.',
    );
  });

  it('refuses an unknown block, suggesting the right one', () => {
    const [issue] = issuesOf('propertiesPublished', list('{{#biens}}{{property.title}}{{/biens}}'));
    expect(issue).toMatchObject({ code: 'unknownBlock', tag: 'biens', suggestion: 'properties' });
  });

  it('refuses a list printed as a tag, a list inside itself and a condition printed', () => {
    expect(issuesOf('propertiesPublished', list('{{properties}}'))[0]?.code).toBe('blockAsTag');
    expect(
      issuesOf(
        'propertiesPublished',
        list('{{#properties}}{{#properties}}{{/properties}}{{/properties}}'),
      )[0],
    ).toMatchObject({ code: 'nestedList', block: 'properties' });
    const decided = {
      ...defaultTemplates.fr.staffAccessDecided,
      subject: 'Accès : {{access.granted}}',
    };
    expect(issuesOf('staffAccessDecided', decided)[0]?.code).toBe('conditionOnlyTag');
  });
});

describe('validateTemplate: sizes', () => {
  it('refuses an empty or multi-line subject', () => {
    expect(issuesOf('visitRequested', { ...base, subject: '  ' })).toMatchObject([
      { code: 'subjectEmpty', part: 'subject' },
    ]);
    expect(issuesOf('visitRequested', { ...base, subject: 'a\nb' })[0]?.code).toBe(
      'subjectMultiline',
    );
  });

  it('accepts a subject of 200 characters, refuses 201', () => {
    const at = (length: number) => ({ ...base, subject: 'é'.repeat(length) });
    expect(issuesOf('visitRequested', at(TEMPLATE_LIMITS.subjectMaxLength))).toEqual([]);
    expect(issuesOf('visitRequested', at(TEMPLATE_LIMITS.subjectMaxLength + 1))).toMatchObject([
      { code: 'subjectTooLong', limit: 200, actual: 201 },
    ]);
  });

  it('measures bodies in UTF-8 bytes and refuses empty ones', () => {
    const body = (bytes: number) => `{{link}}${'é'.repeat((bytes - 8) / 2)}`;
    expect(issuesOf('visitRequested', { ...base, html: body(50_000) })).toEqual([]);
    expect(issuesOf('visitRequested', { ...base, html: body(50_002) })).toMatchObject([
      { code: 'bodyTooLong', part: 'html', actual: 50_002 },
    ]);
    expect(issuesOf('visitRequested', { ...base, text: '' })).toMatchObject([
      { code: 'bodyEmpty', part: 'text' },
    ]);
  });

  it('reports at most 20 issues per part', () => {
    const issues = issuesOf('visitRequested', withText('{{x}}'.repeat(500)));
    expect(issues).toHaveLength(TEMPLATE_LIMITS.issuesPerPart);
  });
});

describe('suggestTag', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('fristname', 'firstname')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('picks the closest candidate only', () => {
    expect(suggestTag('agency.emal', ['agency.name', 'agency.email'])).toBe('agency.email');
    expect(suggestTag('agency.emal', ['client.firstName'])).toBeNull();
  });
});
