import type { PropertyType } from '@portail/shared';

const PARIS = 'Europe/Paris';

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: PARIS });
const area = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

// Intl separates thousands with a narrow no-break space, which Liberation Sans lacks.
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

export const formatEuros = (amount: number) => printable(euros.format(amount));
export const formatDay = (date: Date) => printable(day.format(date));
export const formatSurface = (surface: number) => `${printable(area.format(surface))} m²`;

export const propertyTypeLabel: Readonly<Record<PropertyType, string>> = {
  apartment: 'Appartement',
  house: 'Maison',
  land: 'Terrain',
  commercial: 'Local commercial',
  other: 'Autre',
};

/** A file name without the characters file systems or headers object to. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return slug || 'document';
}
