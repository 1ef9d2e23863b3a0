import { describe, expect, it } from 'vitest';
import { createClientInput, passwordSchema } from '@portail/shared';
import { z } from 'zod';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import { localiseIssues } from './issueMessages.js';

/** A tiny `t` over the real message catalogues, enough for these keys and `{{values}}`. */
function translator(messages: object) {
  return (key: string, values: Record<string, unknown> = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    if (typeof found !== 'string') throw new Error(`missing ${key}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

function messages(schema: z.ZodType, value: unknown, language: 'fr' | 'en') {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected issues');
  const issues = localiseIssues(
    parsed.error.issues,
    value,
    language,
    translator(language === 'fr' ? fr : en),
  );
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('form issue messages', () => {
  const empty = { firstName: '', lastName: '   ', email: '', phone: '' };

  it('never calls an empty field "invalide": the schema’s "obligatoire", else the generic one', () => {
    expect(messages(createClientInput, empty, 'fr')).toEqual({
      firstName: 'Le prénom est obligatoire.',
      lastName: 'Le nom est obligatoire.',
      email: 'Ce champ est obligatoire.',
    });
  });

  it('says "required" in English', () => {
    expect(messages(createClientInput, empty, 'en').email).toBe('This field is required.');
  });

  it('keeps the schema’s precise French message for a value typed wrong', () => {
    const value = { ...empty, firstName: 'Ana', lastName: 'Li', email: 'not-an-address' };
    expect(messages(createClientInput, value, 'fr')).toEqual({
      email: 'Adresse e-mail invalide.',
    });
  });

  it('words a wrong value by its zod code in English', () => {
    const value = { ...empty, firstName: 'Ana', lastName: 'x'.repeat(81), email: 'nope' };
    expect(messages(createClientInput, value, 'en')).toEqual({
      lastName: 'At most 80 characters.',
      email: 'Invalid e-mail address.',
    });
    expect(messages(z.object({ password: passwordSchema }), { password: 'short' }, 'en')).toEqual({
      password: 'At least 8 characters.',
    });
  });
});
