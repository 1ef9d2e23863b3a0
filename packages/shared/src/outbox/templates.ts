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

const button = (label: string) =>
  `<p style="margin:24px 0"><a href="{{link}}" style="background:#1f2937;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${label}</a></p>`;
const rawLink =
  '<p style="font-size:13px;color:#6b7280">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br><a href="{{link}}">{{link}}</a></p>';

/**
 * The product's default templates. Tags available to each:
 * - invitation: `client.firstName`, `client.lastName`, `agency.name`, `agency.email`,
 *   `agency.phone`, `link`, `validity` (e.g. "7 jours");
 * - passwordReset / staffPasswordReset: `agency.name`, `agency.email`, `agency.phone`, `link`,
 *   `validity` (e.g. "2 heures");
 * - signInLink: `agency.name`, `agency.email`, `agency.phone`, `link`, `validity`
 *   (e.g. "30 minutes").
 */
export const defaultEmailTemplates: Record<EmailTemplateKind, EmailTemplate> = {
  invitation: {
    subject: '{{agency.name}} vous invite sur votre espace client',
    text: [
      'Bonjour {{client.firstName}},',
      '',
      '{{agency.name}} vous a ouvert un espace client personnel pour suivre votre recherche : biens proposés, visites, documents et messages.',
      '',
      'Pour y accéder, choisissez votre mot de passe en ouvrant ce lien :',
      '{{link}}',
      '',
      'Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. S’il a expiré, demandez-en un nouveau à votre conseiller.',
      '',
      'À bientôt,',
      '{{agency.name}}',
    ].join('\n'),
    html: [
      '<p>Bonjour {{client.firstName}},</p>',
      '<p>{{agency.name}} vous a ouvert un espace client personnel pour suivre votre recherche : biens proposés, visites, documents et messages.</p>',
      '<p>Pour y accéder, choisissez votre mot de passe :</p>',
      button('Choisir mon mot de passe'),
      '<p>Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. S’il a expiré, demandez-en un nouveau à votre conseiller.</p>',
      rawLink,
      '<p>À bientôt,<br>{{agency.name}}</p>',
    ].join(''),
  },
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe – {{agency.name}}',
    text: [
      'Bonjour,',
      '',
      'Vous avez demandé à réinitialiser le mot de passe de votre espace client {{agency.name}}. Choisissez-en un nouveau en ouvrant ce lien :',
      '{{link}}',
      '',
      'Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.',
      '',
      '{{agency.name}}',
    ].join('\n'),
    html: [
      '<p>Bonjour,</p>',
      '<p>Vous avez demandé à réinitialiser le mot de passe de votre espace client {{agency.name}}.</p>',
      button('Choisir un nouveau mot de passe'),
      '<p>Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.</p>',
      rawLink,
      '<p>{{agency.name}}</p>',
    ].join(''),
  },
  staffPasswordReset: {
    subject: 'Réinitialisation de votre mot de passe – espace de gestion {{agency.name}}',
    text: [
      'Bonjour,',
      '',
      'Vous avez demandé à réinitialiser le mot de passe de votre accès à l’espace de gestion {{agency.name}}. Choisissez-en un nouveau en ouvrant ce lien :',
      '{{link}}',
      '',
      'Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.',
    ].join('\n'),
    html: [
      '<p>Bonjour,</p>',
      '<p>Vous avez demandé à réinitialiser le mot de passe de votre accès à l’espace de gestion {{agency.name}}.</p>',
      button('Choisir un nouveau mot de passe'),
      '<p>Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.</p>',
      rawLink,
    ].join(''),
  },
  signInLink: {
    subject: 'Votre lien de connexion à {{agency.name}}',
    text: [
      'Bonjour,',
      '',
      'Vous avez demandé à vous connecter à votre espace client {{agency.name}} sans mot de passe. Ouvrez ce lien pour vous connecter :',
      '{{link}}',
      '',
      'Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : personne ne peut se connecter sans ce lien.',
      '',
      '{{agency.name}}',
    ].join('\n'),
    html: [
      '<p>Bonjour,</p>',
      '<p>Vous avez demandé à vous connecter à votre espace client {{agency.name}} sans mot de passe.</p>',
      button('Me connecter'),
      '<p>Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : personne ne peut se connecter sans ce lien.</p>',
      rawLink,
      '<p>{{agency.name}}</p>',
    ].join(''),
  },
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
