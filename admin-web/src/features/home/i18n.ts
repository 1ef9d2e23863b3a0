// The home dashboard's messages, merged into the app's by main.tsx (keys under `dashboard.`).
const fr = {
  dashboard: {
    title: 'Tableau de bord',
    unavailable: 'Indisponible',
    figures: {
      activeClients: 'Clients actifs',
      properties: 'Biens',
      visitsToPlan: 'Visites à organiser',
      offersInProgress: 'Offres en cours',
      unreadMessages: 'Messages non lus',
      feesThisMonth: 'Honoraires attendus ce mois-ci (HT)',
      unpaidDossiers: 'Dossiers impayés',
    },
  },
};

const en: typeof fr = {
  dashboard: {
    title: 'Dashboard',
    unavailable: 'Unavailable',
    figures: {
      activeClients: 'Active clients',
      properties: 'Properties',
      visitsToPlan: 'Visits to arrange',
      offersInProgress: 'Offers in progress',
      unreadMessages: 'Unread messages',
      feesThisMonth: 'Fees expected this month (excl. VAT)',
      unpaidDossiers: 'Unpaid files',
    },
  },
};

export const dashboardText = { fr, en };
