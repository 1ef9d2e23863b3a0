import { readPublicDocument } from '../firebase/restDocument.js';

export interface AgencyCard {
  number: string;
  authority: string;
}

const cache = new Map<string, Promise<AgencyCard | null>>();

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The professional card of the agency (L1), read by REST with a field mask: the branding
 * document also holds the logo (up to ~400 kB inline), which the footer must not download again.
 * `batchGet` answers a missing document as such, where a GET would log a 404 in the console.
 */
export function agencyCard(tenantId: string): Promise<AgencyCard | null> {
  let pending = cache.get(tenantId);
  if (!pending) {
    pending = readPublicDocument(`tenants/${tenantId}/public/branding`, ['company'])
      .then((branding) => {
        const company = (branding?.company ?? {}) as Record<string, unknown>;
        const number = text(company.professionalCardNumber);
        return number ? { number, authority: text(company.professionalCardAuthority) } : null;
      })
      .catch(() => null);
    cache.set(tenantId, pending);
  }
  return pending;
}

/**
 * The agency's fee schedule (L1, `public/tariffs.text`), by REST as well: the « Tarifs » page is
 * public and must not download the Firestore SDK for one text. No document yet is no schedule.
 */
export async function agencyTariffs(tenantId: string): Promise<string> {
  const tariffs = await readPublicDocument(`tenants/${tenantId}/public/tariffs`, ['text']);
  return typeof tariffs?.text === 'string' ? tariffs.text : '';
}
