/** A `YYYY-MM-DD` day or an instant as the reader's calendar day (fr: 15/12/2026). */
export function formatDay(value: string | number, language: string): string {
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'UTC' });
}

export function formatEuro(value: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
  });
}
