import {
  readBranding,
  type Branding,
  type CompanyDetails,
  type EventData,
  type Language,
} from '@portail/shared';
import { db } from '../admin.js';

/** What every event e-mail of a tenant needs: its branding, company details and app URLs. */
export interface AgencyContext {
  tenantId: string;
  branding: Branding;
  company: CompanyDetails;
  clientAppUrl: string;
  adminAppUrl: string;
  /** The `agency.*` tags. */
  agency: EventData;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function loadAgency(tenantId: string): Promise<AgencyContext | null> {
  const [tenant, brandingDoc] = await Promise.all([
    db.doc(`tenants/${tenantId}`).get(),
    db.doc(`tenants/${tenantId}/public/branding`).get(),
  ]);
  if (!tenant.exists) return null;
  const branding = readBranding(brandingDoc.data());
  const stored = (brandingDoc.get('company') ?? {}) as Record<string, unknown>;
  const company: CompanyDetails = {
    address: text(stored.address),
    phone: text(stored.phone),
    email: text(stored.email),
    professionalCardNumber: text(stored.professionalCardNumber),
    // L1: « Carte professionnelle n° … délivrée par … » in every e-mail's footer.
    professionalCardAuthority: text(stored.professionalCardAuthority),
  };
  return {
    tenantId,
    branding,
    company,
    clientAppUrl: text(tenant.get('clientAppUrl')),
    adminAppUrl: text(tenant.get('adminAppUrl')),
    agency: {
      name: branding.name,
      email: company.email ?? '',
      phone: company.phone ?? '',
      address: company.address ?? '',
      professionalCardNumber: company.professionalCardNumber ?? '',
    },
  };
}

/** A reader's language: their own when they chose one, else the agency's. */
export function languageOf(value: unknown, agency: AgencyContext): Language {
  return value === 'fr' || value === 'en' ? value : agency.branding.language;
}
