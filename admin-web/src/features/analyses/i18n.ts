// The Analyses page's messages, merged into the app's by main.tsx (keys under `analyses.`).
const fr = {
  analyses: {
    nav: 'Analyses',
    title: 'Analyses',
    intro:
      'Votre trésorerie à venir : chaque honoraire tombe le mois de l’acte authentique, réel ou estimé (offre acceptée + 1 mois pour le compromis, compromis + 4 mois pour l’acte). Montants hors taxes.',
    year: 'Année',
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    collaborator: 'Collaborateur',
    allCollaborators: 'Tous les collaborateurs',
    sharedOnly: 'Vous voyez les honoraires des clients partagés avec vous.',
    loadFailed: 'Impossible de charger les analyses. Rechargez la page.',
    bounded: 'Seules les {{count}} premières affaires de l’année sont comptées.',
    chartTitle: 'Prévisionnel {{year}}',
    series: {
      expected: 'À venir',
      invoiced: 'Facturé, non encaissé',
      cashed: 'Encaissé',
    },
    seriesHint: {
      expected: 'offre faite ou acceptée',
      invoiced: 'compromis signé',
      cashed: 'acte authentique signé',
    },
    table: {
      caption: 'Honoraires HT par mois en {{year}}',
      month: 'Mois',
      totalExclVat: 'Total HT',
      totalInclVat: 'Total TTC',
    },
    deals: {
      title: 'Affaires de l’année',
      empty: 'Aucune affaire n’a d’acte prévu cette année.',
      noName: 'Client sans nom',
      noTitle: 'Bien sans titre',
      noFee: 'Honoraires à renseigner',
      acte: 'Acte le {{date}}',
      acteEstimated: 'Acte estimé au {{date}}',
    },
  },
};

const en: typeof fr = {
  analyses: {
    nav: 'Analytics',
    title: 'Analytics',
    intro:
      'Your coming cash flow: each fee falls in the month of the deed, real or estimated (offer accepted + 1 month for the preliminary contract, + 4 months for the deed). Amounts excl. VAT.',
    year: 'Year',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    collaborator: 'Collaborator',
    allCollaborators: 'All collaborators',
    sharedOnly: 'You see the fees of the clients shared with you.',
    loadFailed: 'The analyses could not be loaded. Reload the page.',
    bounded: 'Only the first {{count}} deals of the year are counted.',
    chartTitle: '{{year}} forecast',
    series: {
      expected: 'Expected',
      invoiced: 'Invoiced, not cashed',
      cashed: 'Cashed',
    },
    seriesHint: {
      expected: 'offer made or accepted',
      invoiced: 'preliminary contract signed',
      cashed: 'deed signed',
    },
    table: {
      caption: 'Fees excl. VAT per month in {{year}}',
      month: 'Month',
      totalExclVat: 'Total excl. VAT',
      totalInclVat: 'Total incl. VAT',
    },
    deals: {
      title: 'Deals of the year',
      empty: 'No deal has its deed this year.',
      noName: 'Unnamed client',
      noTitle: 'Untitled property',
      noFee: 'Fee to enter',
      acte: 'Deed on {{date}}',
      acteEstimated: 'Deed estimated on {{date}}',
    },
  },
};

export const analysesText = { fr, en };
