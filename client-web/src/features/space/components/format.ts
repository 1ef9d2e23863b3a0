import { useTranslation } from 'react-i18next';

/** Prices, areas and dates in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const euros = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return {
    price: (amount: number) => euros.format(amount),
    /** "68,5 m²" in French, "68.5 m²" in English. */
    area: (squareMetres: number) => `${decimal.format(squareMetres)}\u00a0m²`,
    date: (millis: number) => day.format(new Date(millis)),
  };
}
