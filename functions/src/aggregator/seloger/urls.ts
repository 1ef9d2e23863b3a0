export const SELOGER_ORIGIN = 'https://www.seloger.com';

export function isSelogerHost(hostname: string): boolean {
  return hostname === 'seloger.com' || hostname.endsWith('.seloger.com');
}

/**
 * Listing pages come in two shapes: `/annonce/achat/<région>/<dpt>/<ville>/262UMHKCWPS4` (current,
 * alphanumeric id) and `/annonces/achat/appartement/paris-11eme-75/…/218177877.htm` (older,
 * numeric id).
 */
export function selogerListingId(url: URL): string | null {
  if (!isSelogerHost(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] !== 'annonce' && segments[0] !== 'annonces') return null;
  if (segments.length < 3) return null;
  const last = segments[segments.length - 1]!.replace(/\.htm$/, '');
  return /^[A-Za-z0-9]{6,20}$/.test(last) && /\d/.test(last) ? last : null;
}

/** The listing link without the search that led to it (`?serp_view=list&search=…`). */
export function canonicalSelogerUrl(href: string): string | undefined {
  try {
    const url = new URL(href, SELOGER_ORIGIN);
    return url.origin + url.pathname;
  } catch {
    return undefined;
  }
}
