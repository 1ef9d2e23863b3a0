import type { Language } from '../../branding/brandingValues.js';
import type { EmailEvent } from '../events.js';
import type { EmailTemplate } from '../templates.js';
import { accountEn } from './accountEn.js';
import { accountFr } from './accountFr.js';
import { clientEn } from './clientEn.js';
import { clientFr } from './clientFr.js';
import { composeTemplate, type EmailSpec } from './compose.js';
import { staffEn } from './staffEn.js';
import { staffFr } from './staffFr.js';

const specs = {
  fr: { ...staffFr, ...clientFr, ...accountFr },
  en: { ...staffEn, ...clientEn, ...accountEn },
} satisfies Record<Language, Record<EmailEvent, EmailSpec>>;

function composeAll(language: Language): Record<EmailEvent, EmailTemplate> {
  const entries = Object.entries(specs[language]) as [EmailEvent, EmailSpec][];
  return Object.fromEntries(
    entries.map(([event, spec]) => [event, composeTemplate(spec, language)]),
  ) as Record<EmailEvent, EmailTemplate>;
}

/** The product's template of every event in every language; a tenant's edits override them. */
export const defaultTemplates: Record<Language, Record<EmailEvent, EmailTemplate>> = {
  fr: composeAll('fr'),
  en: composeAll('en'),
};
