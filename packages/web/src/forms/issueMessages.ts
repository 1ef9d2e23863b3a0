import type { FieldIssue } from './Field.js';

/** What zod v4 tells of an issue besides its message: enough to word it in any language. */
export interface ZodLikeIssue extends FieldIssue {
  code?: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** An issue's wording in another language than the schemas' French, from its zod code. */
function byCode(issue: ZodLikeIssue, t: Translate): string {
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'email' ? t('form.email') : t('form.format');
    case 'too_small':
      return t(text ? 'form.tooShort' : 'form.tooSmall', { minimum: issue.minimum });
    case 'too_big':
      return t(text ? 'form.tooLong' : 'form.tooBig', { maximum: issue.maximum });
    case 'invalid_value':
      return t('form.choose');
    case 'invalid_union':
      return t('form.invalid');
    default:
      return t('form.invalid');
  }
}

/** A schema's word for a wrong value, not for a missing one ("Adresse e-mail invalide"). */
const speaksOfAWrongValue = (message: string) =>
  /invalide|^invalid|^too (small|big)/i.test(message);

/**
 * The message a field shows for a schema's issue. In French the schema's own, precise message
 * ("Indiquez vos disponibilités.", "Le prénom est obligatoire."), except that a field left empty
 * is never called "invalide": it is "obligatoire". In another language, a wording by zod code
 * (the schemas' messages are French, and the functions parse with the same schemas).
 */
export function issueMessage(
  issue: ZodLikeIssue,
  formValue: unknown,
  language: string,
  t: Translate,
): string {
  const empty = isEmpty(valueAt(formValue, issue.path));
  if (language === 'fr') {
    return empty && speaksOfAWrongValue(issue.message) ? t('form.required') : issue.message;
  }
  return empty ? t('form.required') : byCode(issue, t);
}

export function localiseIssues(
  issues: readonly ZodLikeIssue[],
  formValue: unknown,
  language: string,
  t: Translate,
): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    message: issueMessage(issue, formValue, language, t),
  }));
}
