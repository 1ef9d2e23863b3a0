import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './defaults/defaultTemplates.js';
import { tenantEmailTemplateSchema } from './templateSchema.js';

describe('tenantEmailTemplateSchema', () => {
  it('accepts a default template as a tenant would save it', () => {
    const saved = {
      event: 'dossierAvailable',
      language: 'en',
      ...defaultTemplates.en.dossierAvailable,
    };
    expect(tenantEmailTemplateSchema.parse(saved)).toEqual(saved);
  });

  it('puts each tag issue on its part, with its code and position', () => {
    const result = tenantEmailTemplateSchema.safeParse({
      event: 'invitation',
      language: 'fr',
      ...defaultTemplates.fr.invitation,
      text: 'Bonjour\n  {{client.prenom}} {{link}}',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['text'],
        message:
          'Balise inconnue {{client.prenom}} (ligne 2, colonne 3) : vouliez-vous dire {{client.firstName}} ?',
        params: {
          code: 'unknownTag',
          part: 'text',
          tag: 'client.prenom',
          suggestion: 'client.firstName',
          line: 2,
          column: 3,
          offset: 10,
        },
      },
    ]);
  });

  it('refuses an unknown event or language in French', () => {
    const result = tenantEmailTemplateSchema.safeParse({
      event: 'newsletter',
      language: 'de',
      subject: 's',
      text: 't',
      html: 'h',
    });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['event', 'language']);
    expect(result.error?.issues[0]?.message).toBe('Type d’e-mail inconnu.');
  });
});
