export const LEBONCOIN_ORIGIN = 'https://www.leboncoin.fr';
export const LEBONCOIN_API_ORIGIN = 'https://api.leboncoin.fr';

export function isLeboncoinHost(hostname: string): boolean {
  return hostname === 'leboncoin.fr' || hostname.endsWith('.leboncoin.fr');
}

/**
 * `/ad/ventes_immobilieres/3083651141` (current), `/ventes_immobilieres/1438509222.htm` and
 * `/vi/1438509222.htm` (older): the id is the number at the end.
 */
export function leboncoinListingId(url: URL): string | null {
  if (!isLeboncoinHost(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  if (last === undefined || segments.length < 2) return null;
  const id = last.replace(/\.htm$/, '');
  if (!/^\d{6,15}$/.test(id)) return null;
  return segments[0] === 'ad' || last.endsWith('.htm') ? id : null;
}

export function leboncoinListingUrl(id: string): string {
  return `${LEBONCOIN_ORIGIN}/ad/ventes_immobilieres/${id}`;
}
