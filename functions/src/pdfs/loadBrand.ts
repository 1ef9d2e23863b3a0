import { readBranding } from '@portail/shared';
import { db } from '../admin.js';
import { logoBytes } from '../hosting/logoBytes.js';
import type { PdfBrand } from './brand.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The brand without its logo bytes, and where the logo comes from. */
export interface BrandSource {
  brand: Omit<PdfBrand, 'logo'>;
  logoUrl: string | null;
}

/**
 * The tenant's public branding document (`tenants/{t}/public/branding`): name, colour and
 * company details, carte T included when the settings carry it. One document read, no logo:
 * a cached PDF that is still current needs nothing more.
 */
export async function readBrandSource(tenantId: string): Promise<BrandSource> {
  const doc = await db.doc(`tenants/${tenantId}/public/branding`).get();
  const branding = readBranding(doc.data());
  const company = (doc.get('company') ?? {}) as Record<string, unknown>;
  return {
    logoUrl: branding.logoUrl,
    brand: {
      name: branding.name,
      primaryColour: branding.primaryColour,
      company: {
        address: text(company.address),
        phone: text(company.phone),
        email: text(company.email),
        siret: text(company.siret),
        cardNumber: text(company.professionalCardNumber) || text(company.cardNumber),
        cardAuthority: text(company.professionalCardAuthority) || text(company.cardIssuer),
      },
    },
  };
}

/**
 * The logo in a form the renderer draws (PNG), whatever the tenant uploaded (SVG, WebP…), from
 * the data URL the settings store or an http(s) URL; null when it does not decode, and the
 * document shows the agency's name instead.
 */
export async function drawableLogo(logoUrl: string | null): Promise<Buffer | null> {
  const bytes = await logoBytes(logoUrl);
  if (!bytes) return null;
  try {
    const { default: sharp } = await import('sharp');
    return await sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 })
      .resize({ width: 600, height: 240, fit: 'inside', withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch {
    return null;
  }
}

export async function loadPdfBrand(source: BrandSource): Promise<PdfBrand> {
  return { ...source.brand, logo: await drawableLogo(source.logoUrl) };
}
