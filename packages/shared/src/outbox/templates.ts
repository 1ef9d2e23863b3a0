import { defaultTemplates } from './defaults/defaultTemplates.js';
import { escapeHtml } from './layout.js';

/**
 * E-mail templates with tags (N2). A template has a subject, a plain-text body and an HTML body
 * (the inner part: the sender wraps it in the tenant's branded layout). Tags are `{{path.to.value}}`
 * looked up in the data given at render time; a tag that names nothing renders empty. Values are
 * HTML-escaped in the HTML part only; the template's own markup is trusted (it is ours, or an
 * admin's edited template), the data never is.
 */
export interface EmailTemplate {
  subject: string;
  text: string;
  html: string;
}
export type RenderedEmail = EmailTemplate;

/** Data for the tags: nested plain objects whose leaves are strings or numbers. */
export interface TemplateData {
  [key: string]: string | number | boolean | null | undefined | TemplateData;
}

const tagPattern = /\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

/** The value a tag names, as text; anything that is not a string or a number is empty. */
export function lookupTag(data: TemplateData, path: string): string {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return '';
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current === 'string') return current;
  if (typeof current === 'number' && Number.isFinite(current)) return String(current);
  return '';
}

function fill(source: string, data: TemplateData, encode: (value: string) => string): string {
  return source.replace(tagPattern, (_tag, path: string) => encode(lookupTag(data, path)));
}

/** A subject is one header line: no line breaks may come in through the data. */
const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ');

export function renderTemplate(template: EmailTemplate, data: TemplateData): RenderedEmail {
  return {
    subject: oneLine(fill(template.subject, data, oneLine)).trim(),
    text: fill(template.text, data, (value) => value),
    html: fill(template.html, data, escapeHtml),
  };
}

export const emailTemplateKinds = [
  'invitation',
  'passwordReset',
  'staffPasswordReset',
  'signInLink',
] as const;
export type EmailTemplateKind = (typeof emailTemplateKinds)[number];

/**
 * The French defaults of the account e-mails, as first shipped: they now come from the event
 * catalogue's templates (`defaultTemplates`), which also has English and every other event. Tags:
 * - invitation: `client.firstName`, `client.lastName`, `agency.*`, `link`, `validity` (e.g. "7 jours");
 * - passwordReset / staffPasswordReset / signInLink: `agency.*`, `link`, `validity`.
 */
export const defaultEmailTemplates: Record<EmailTemplateKind, EmailTemplate> = {
  invitation: defaultTemplates.fr.invitation,
  passwordReset: defaultTemplates.fr.passwordReset,
  staffPasswordReset: defaultTemplates.fr.staffPasswordReset,
  signInLink: defaultTemplates.fr.signInLink,
};

/** Renders one of the templates; `overrides` is a tenant's edited version, when it has one. */
export function renderEmail(
  kind: EmailTemplateKind,
  data: TemplateData,
  overrides?: Partial<EmailTemplate>,
): RenderedEmail {
  return renderTemplate({ ...defaultEmailTemplates[kind], ...overrides }, data);
}

/**
 * A link into one of a tenant's apps: `path` under the app's base URL, keeping the base's query
 * (locally `http://localhost:5174/?tenant=x`) and adding `params`, e.g.
 * `appLink('http://localhost:5174/?tenant=x', '/firstlogin', { token })` →
 * `http://localhost:5174/firstlogin?tenant=x&token=…`.
 */
export function appLink(baseUrl: string, path: string, params: Record<string, string>): string {
  const url = new URL(baseUrl);
  const basePath = url.pathname.replace(/\/+$/, '');
  url.pathname = `${basePath}/${path.replace(/^\/+/, '')}`;
  url.hash = '';
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
