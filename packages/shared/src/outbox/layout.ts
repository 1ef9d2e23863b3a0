import type { Branding } from '../branding/branding.js';

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

/** Wraps a message body in the tenant's branding so every e-mail looks like the agency's. */
export function brandedEmailHtml(branding: Branding, bodyHtml: string): string {
  const logo = branding.logoUrl
    ? `<img src="${escapeHtml(branding.logoUrl)}" alt="${escapeHtml(branding.name)}" height="40" style="display:block">`
    : `<strong style="font-size:20px">${escapeHtml(branding.name)}</strong>`;
  return [
    '<!doctype html><html><body style="margin:0;font-family:Arial,sans-serif;background:#f4f4f5">',
    `<div style="background:${branding.primaryColour};color:#fff;padding:16px 24px">${logo}</div>`,
    `<div style="background:#fff;padding:24px;color:#1f2937;line-height:1.5">${bodyHtml}</div>`,
    `<div style="padding:12px 24px;color:#6b7280;font-size:12px;border-top:4px solid ${branding.accentColour}">`,
    `${escapeHtml(branding.name)}</div>`,
    '</body></html>',
  ].join('');
}

/** Plain text becomes paragraphs; nothing in it is trusted as HTML. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
