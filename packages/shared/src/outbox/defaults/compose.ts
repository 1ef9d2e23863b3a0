import type { Language } from '../../branding/brandingValues.js';
import { escapeHtml } from '../layout.js';
import type { EmailTemplate } from '../templates.js';

/**
 * The default templates are written once as paragraphs and composed into a text and an HTML body
 * that say the same thing in the same order, each with the one call to action (`{{link}}`). A
 * paragraph is plain template text (escaped for HTML, line breaks kept), or its own text and HTML
 * when it needs markup: a list, a quote, a box of details.
 */
export type Paragraph = string | { text: string; html: string };

export interface EmailSpec {
  subject: string;
  intro: readonly Paragraph[];
  action: {
    /** Before the link in the text part, e.g. "Pour y accéder, ouvrez ce lien :". */
    text: string;
    /** Before the button, when the text version's wording ("ce lien") does not fit a button. */
    html?: string;
    button: string;
  };
  outro?: readonly Paragraph[];
  /** Sign-off lines, e.g. "À bientôt," and "{{agency.name}}". */
  closing?: readonly string[];
}

const plainHtml = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
const asText = (paragraph: Paragraph) =>
  typeof paragraph === 'string' ? paragraph : paragraph.text;
const asHtml = (paragraph: Paragraph) =>
  typeof paragraph === 'string' ? plainHtml(paragraph) : paragraph.html;

const fallbackLink: Record<Language, string> = {
  fr: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  en: 'If the button does not work, copy this link into your browser:',
};

/** Neutral inline colours for mail apps that drop `<style>`; the layout brands the rest. */
export const button = (label: string) =>
  `<p style="margin:24px 0"><a href="{{link}}" class="button" style="background-color:#1f2937;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:bold">${escapeHtml(label)}</a></p>`;

/** A value the reader should see set apart: a client's message, a visit comment. */
export const quoteHtml = (tag: string) =>
  `<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #d1d5db;color:#374151">{{${tag}}}</blockquote>`;

/** `Label:` and the value on its own paragraph, both only when the value is there. */
export function optionalQuote(tag: string, label: string): Paragraph {
  return {
    text: `{{#${tag}}}${label}\n{{${tag}}}{{/${tag}}}`,
    html: `{{#${tag}}}${plainHtml(label)}${quoteHtml(tag)}{{/${tag}}}`,
  };
}

/** A boxed summary, e.g. an appointment's title, date and place. */
export function detailsBox(text: string, html: string): Paragraph {
  return {
    text,
    html: `<div style="margin:16px 0;padding:12px 16px;border:1px solid #e5e7eb;border-radius:6px;background:#f9fafb">${html}</div>`,
  };
}

export function composeTemplate(spec: EmailSpec, language: Language): EmailTemplate {
  const outro = spec.outro ?? [];
  const closing = spec.closing ?? [];
  const text = [
    ...spec.intro.map(asText),
    `${spec.action.text}\n{{link}}`,
    ...outro.map(asText),
    ...(closing.length ? [closing.join('\n')] : []),
  ].join('\n\n');
  const html = [
    ...spec.intro.map(asHtml),
    ...(spec.action.html ? [plainHtml(spec.action.html)] : []),
    button(spec.action.button),
    ...outro.map(asHtml),
    `<p style="font-size:13px;color:#6b7280">${escapeHtml(fallbackLink[language])}<br><a href="{{link}}">{{link}}</a></p>`,
    ...(closing.length ? [`<p>${closing.map(escapeHtml).join('<br>')}</p>`] : []),
  ].join('');
  return { subject: spec.subject, text, html };
}
