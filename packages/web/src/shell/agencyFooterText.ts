// The agency footer's messages (L1), added to the shell's when the footer module loads.
export const agencyFooterText = {
  fr: {
    agencyFooter: {
      label: 'Mentions de l’agence',
      card: 'Carte professionnelle n° {{number}}',
      cardBy: 'Carte professionnelle n° {{number}} délivrée par {{authority}}',
      tariffs: 'Tarifs',
      myData: 'Mes données',
    },
  },
  en: {
    agencyFooter: {
      label: 'Agency information',
      card: 'Professional card (carte T) no. {{number}}',
      cardBy: 'Professional card (carte T) no. {{number}}, issued by {{authority}}',
      tariffs: 'Fees',
      myData: 'My data',
    },
  },
};
