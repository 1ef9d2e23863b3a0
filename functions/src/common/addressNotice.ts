import { createHash } from 'node:crypto';
import { appLink, escapeHtml } from '@portail/shared';
import { enqueueEmail } from './outbox.js';

/**
 * The e-mails that replace a revealing refusal (no enumeration): when a public or staff form is
 * given an address that already has an account with the agency, the caller gets the answer they
 * would get for a new address, and the address itself is told what happened, with the way in
 * (the app's sign-in page and its "forgot password" page; no one-time link, nothing secret).
 */
export type AddressNoticeKind = 'staffRequestForExistingAccount' | 'clientLoginAddressInUse';

export interface AddressNotice {
  kind: AddressNoticeKind;
  tenantId: string;
  to: string;
  agency: string;
  /** The app the account signs in to (the client app for a client's account). */
  appUrl: string;
}

function compose(notice: AddressNotice) {
  const params = { tenant: notice.tenantId };
  const signIn = appLink(notice.appUrl, '/', params);
  const reset = appLink(notice.appUrl, '/forgot-password', params);
  const lead =
    notice.kind === 'staffRequestForExistingAccount'
      ? `Quelqu’un a demandé à rejoindre l’équipe de ${notice.agency} avec votre adresse e-mail. Un compte existe déjà avec cette adresse : aucune demande n’a été créée.`
      : `${notice.agency} a voulu donner accès à un espace client à votre adresse e-mail, qui a déjà un compte chez elle : rien n’a été modifié.`;
  const after =
    notice.kind === 'staffRequestForExistingAccount'
      ? 'Si ce n’était pas vous, ignorez ce message : votre compte n’a pas changé.'
      : 'Si vous attendiez cet accès, contactez l’agence pour qu’elle utilise une autre adresse.';
  const text = [
    'Bonjour,',
    lead,
    `Pour vous connecter : ${signIn}`,
    `Mot de passe oublié : ${reset}`,
    after,
  ].join('\n\n');
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    '<p>Bonjour,</p>',
    `<p>${escapeHtml(lead)}</p>`,
    `<p>${link(signIn, 'Me connecter')} · ${link(reset, 'Mot de passe oublié')}</p>`,
    `<p>${escapeHtml(after)}</p>`,
  ].join('');
  const subject =
    notice.kind === 'staffRequestForExistingAccount'
      ? `Demande d’accès à ${notice.agency} avec votre adresse`
      : `${notice.agency} : votre adresse a déjà un compte`;
  return { subject, text, html };
}

/**
 * Queues the notice, at most one per kind, address and hour (the id says which): a form sent
 * again and again does not flood the address, whatever the rate limits allow.
 */
export async function sendAddressNotice(notice: AddressNotice, now = Date.now()): Promise<void> {
  const hour = Math.floor(now / 3_600_000);
  const id = `notice-${createHash('sha256')
    .update(`${notice.kind}\n${notice.to}\n${hour}`)
    .digest('hex')
    .slice(0, 32)}`;
  const message = compose(notice);
  try {
    await enqueueEmail(notice.tenantId, { to: [notice.to], kind: notice.kind, ...message }, id);
  } catch (error) {
    if ((error as { code?: number }).code !== 6) throw error;
  }
}
