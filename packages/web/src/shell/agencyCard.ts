import { firestoreDocumentsUrl } from '../firebase/config.js';

export interface AgencyCard {
  number: string;
  authority: string;
}

type StringFields = Record<string, { stringValue?: string } | undefined>;

const cache = new Map<string, Promise<AgencyCard | null>>();

/**
 * The professional card of the agency (L1), read by REST with a field mask: the branding
 * document also holds the logo (up to ~400 kB inline), which the footer must not download again.
 */
export function agencyCard(tenantId: string): Promise<AgencyCard | null> {
  let pending = cache.get(tenantId);
  if (!pending) {
    const url = `${firestoreDocumentsUrl}/tenants/${encodeURIComponent(tenantId)}/public/branding?mask.fieldPaths=company`;
    pending = fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { fields?: { company?: { mapValue?: { fields?: StringFields } } } } | null) => {
        const fields = body?.fields?.company?.mapValue?.fields ?? {};
        const number = fields.professionalCardNumber?.stringValue?.trim() ?? '';
        const authority = fields.professionalCardAuthority?.stringValue?.trim() ?? '';
        return number ? { number, authority } : null;
      })
      .catch(() => null);
    cache.set(tenantId, pending);
  }
  return pending;
}

/**
 * The agency's fee schedule (L1, `public/tariffs.text`), by REST as well: the « Tarifs » page is
 * public and must not download the Firestore SDK for one text.
 */
export async function agencyTariffs(tenantId: string): Promise<string> {
  const url = `${firestoreDocumentsUrl}/tenants/${encodeURIComponent(tenantId)}/public/tariffs?mask.fieldPaths=text`;
  const response = await fetch(url);
  // No document yet is no schedule yet; any other refusal is an error the page shows.
  if (response.status === 404) return '';
  if (!response.ok) throw new Error(`Firestore answered ${response.status}`);
  const body = (await response.json()) as { fields?: StringFields };
  return body.fields?.text?.stringValue ?? '';
}
