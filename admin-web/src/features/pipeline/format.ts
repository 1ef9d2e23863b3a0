import { useTranslation } from 'react-i18next';

/** Prices and dates as the reader's language writes them (French unless English is chosen). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return {
    price: (amount: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(amount),
    dateTime: (at: number) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at),
    date: (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at),
  };
}
