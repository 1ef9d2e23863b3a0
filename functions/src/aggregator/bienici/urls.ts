export const BIENICI_ORIGIN = 'https://www.bienici.com';
export const BIENICI_PLACES_ORIGIN = 'https://res.bienici.com';

export function isBieniciHost(hostname: string): boolean {
  return hostname === 'bienici.com' || hostname.endsWith('.bienici.com');
}

/**
 * `/annonce/vente/paris-5e/appartement/2pieces/immo-facile-40227042` or `/annonce/<id>`: the id is
 * the last segment (it carries the feed's prefix, `century-21-202_2421_10464`). The JSON endpoint
 * `realEstateAd.json?id=…` is accepted too.
 */
export function bieniciListingId(url: URL): string | null {
  if (!isBieniciHost(url.hostname)) return null;
  if (url.pathname === '/realEstateAd.json') return url.searchParams.get('id') || null;
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments[0] !== 'annonce' || segments.length < 2) return null;
  const id = segments[segments.length - 1]!;
  return /^[\w.-]{3,200}$/.test(id) ? id : null;
}

/** The API gives no page link; `/annonce/<id>` is the one the site routes. */
export function bieniciListingUrl(id: string): string {
  return `${BIENICI_ORIGIN}/annonce/${encodeURIComponent(id)}`;
}
