/** What every generated PDF shows of the agency (D6, L1). */
export interface PdfBrand {
  name: string;
  primaryColour: string;
  /** The logo as PNG or JPEG bytes, ready for the renderer; null draws the name alone. */
  logo: Buffer | null;
  company: {
    address: string;
    phone: string;
    email: string;
    siret: string;
    /** The carte T number (Loi Hoguet) and who issued it, when the settings carry them. */
    cardNumber: string;
    cardAuthority: string;
  };
}

/** The footer lines: identity first, then the legal mentions a French agency's papers carry. */
export function brandFooterLines(brand: PdfBrand): string[] {
  const { company } = brand;
  const contact = [company.address, company.phone, company.email].filter(Boolean).join(' · ');
  const card = company.cardNumber
    ? `Carte professionnelle n° ${company.cardNumber}` +
      (company.cardAuthority ? ` délivrée par ${company.cardAuthority}` : '')
    : '';
  const legal = [company.siret ? `SIRET ${company.siret}` : '', card].filter(Boolean).join(' · ');
  return [[brand.name, contact].filter(Boolean).join(' · '), legal].filter(Boolean);
}
