import { defaultBranding, type Branding, type Language } from '../branding/brandingValues.js';
import { isHexColour, readableTextColour } from './contrast.js';
import type { RenderedEmail } from './templates.js';

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

/**
 * What the law and the reader expect at the foot of an agency's e-mail (T2, L1): who sends it,
 * how to reach them, and the professional card (carte T, loi Hoguet). Every field is optional so a
 * tenant that has not filled its settings in still gets a sober footer with its name.
 */
export interface CompanyDetails {
  /** Defaults to the branding's name. */
  name?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  professionalCardNumber?: string | null;
  /** Who issued the card, e.g. "CCI Paris Île-de-France". */
  professionalCardAuthority?: string | null;
}

const footerWords: Record<Language, { phone: string; card: (n: string, by?: string) => string }> = {
  fr: {
    phone: 'Tél.',
    card: (number, by) => `Carte professionnelle n° ${number}${by ? ` délivrée par ${by}` : ''}`,
  },
  en: {
    phone: 'Tel.',
    card: (number, by) =>
      `Professional card (carte T) no. ${number}${by ? `, issued by ${by}` : ''}`,
  },
};

const filled = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

function footerLines(branding: Branding, company: CompanyDetails, language: Language) {
  const words = footerWords[language];
  const phone = filled(company.phone);
  const email = filled(company.email);
  const card = filled(company.professionalCardNumber);
  return {
    name: filled(company.name) ?? branding.name,
    address: filled(company.address),
    phone: phone ? `${words.phone} ${phone}` : undefined,
    email,
    card: card ? words.card(card, filled(company.professionalCardAuthority)) : undefined,
  };
}

/** The same footer as the HTML one, for the text part: after the usual `-- ` signature line. */
export function emailFooterText(
  branding: Branding,
  company: CompanyDetails = {},
  language: Language = branding.language,
): string {
  const lines = footerLines(branding, company, language);
  const contact = [lines.phone, lines.email].filter(Boolean).join(' · ');
  return ['-- ', lines.name, lines.address, contact, lines.card]
    .filter((line) => line !== undefined && line !== '')
    .join('\n');
}

/** Mail apps block `javascript:` and most `data:` images; only web images and plain rasters. */
const isSafeImage = (url: string) =>
  /^https?:\/\//i.test(url) || /^data:image\/(?:png|jpeg|gif|webp);base64,/i.test(url);

const colour = (value: string, fallback: string) => (isHexColour(value) ? value : fallback);

/**
 * Wraps a message body in the tenant's branding so every e-mail looks like the agency's: logo or
 * name on the primary colour (in white or dark ink, whichever is readable on it), the body on
 * white, the company details and professional card in the footer. Buttons of the default
 * templates (`class="button"`) take the primary colour in mail apps that honour a `<style>`
 * block, and keep their neutral inline colours elsewhere.
 */
export function brandedEmailHtml(
  branding: Branding,
  bodyHtml: string,
  company: CompanyDetails = {},
  language: Language = branding.language,
): string {
  const primary = colour(branding.primaryColour, defaultBranding.primaryColour);
  const accent = colour(branding.accentColour, defaultBranding.accentColour);
  const ink = readableTextColour(primary);
  const name = escapeHtml(branding.name);
  const logo =
    branding.logoUrl && isSafeImage(branding.logoUrl)
      ? `<img src="${escapeHtml(branding.logoUrl)}" alt="${name}" height="40" style="display:block;border:0">`
      : `<strong style="font-size:20px;color:${ink}">${name}</strong>`;
  const lines = footerLines(branding, company, language);
  const contact = [
    lines.phone && escapeHtml(lines.phone),
    lines.email &&
      `<a href="mailto:${escapeHtml(lines.email)}" style="color:#6b7280">${escapeHtml(lines.email)}</a>`,
  ].filter(Boolean);
  const footer = [
    `<strong>${escapeHtml(lines.name)}</strong>`,
    lines.address && escapeHtml(lines.address),
    contact.length ? contact.join(' · ') : undefined,
    lines.card && escapeHtml(lines.card),
  ].filter(Boolean);
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<style>a.button{background-color:${primary}!important;color:${ink}!important}</style>`,
    '</head><body style="margin:0;padding:0;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 12px">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff">',
    `<tr><td style="background:${primary};color:${ink};padding:16px 24px">${logo}</td></tr>`,
    `<tr><td style="padding:24px;color:#1f2937;font-size:15px;line-height:1.5">${bodyHtml}</td></tr>`,
    `<tr><td style="padding:16px 24px;border-top:4px solid ${accent};color:#6b7280;font-size:12px;line-height:1.5">`,
    footer.join('<br>'),
    '</td></tr></table></td></tr></table></body></html>',
  ].join('');
}

/** A rendered event e-mail, dressed for sending: branded HTML, and the text part signed alike. */
export function brandedEmail(
  email: RenderedEmail,
  branding: Branding,
  company: CompanyDetails = {},
  language: Language = branding.language,
): RenderedEmail {
  return {
    subject: email.subject,
    text: `${email.text}\n\n${emailFooterText(branding, company, language)}`,
    html: brandedEmailHtml(branding, email.html, company, language),
  };
}

/** Plain text becomes paragraphs; nothing in it is trusted as HTML. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
