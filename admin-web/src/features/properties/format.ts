const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** Prices in euros the French way ("620 000 €"), whatever the interface's language. */
export const formatPrice = (price: number) => euros.format(price);
export const formatSurface = (surface: number) => `${decimal.format(surface)} m²`;
