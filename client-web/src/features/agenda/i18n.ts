// The agenda feature's texts, merged into the app's by main.tsx (keys under `agenda.`).
const fr = {
  agenda: {
    nav: 'Rendez-vous',
    pageTitle: 'Vos rendez-vous',
    view: 'Affichage',
    list: 'À venir',
    month: 'Mois',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    empty: 'Aucun rendez-vous à venir : votre chasseur les ajoutera ici.',
    emptyMonth: 'Aucun rendez-vous ce mois-ci.',
    addToCalendar: 'Ajouter à mon agenda',
    dayCount_one: '{{day}} : {{count}} rendez-vous',
    dayCount_other: '{{day}} : {{count}} rendez-vous',
    types: {
      visit: 'Visite',
      compromis: 'Compromis',
      preSigningVisit: 'Visite pré-signature',
      acte: 'Acte',
      other: 'Autre',
    },
  },
};

const en: typeof fr = {
  agenda: {
    nav: 'Appointments',
    pageTitle: 'Your appointments',
    view: 'View',
    list: 'Upcoming',
    month: 'Month',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    empty: 'No upcoming appointments: your property hunter will add them here.',
    emptyMonth: 'No appointments this month.',
    addToCalendar: 'Add to my calendar',
    dayCount_one: '{{day}}: {{count}} appointment',
    dayCount_other: '{{day}}: {{count}} appointments',
    types: {
      visit: 'Viewing',
      compromis: 'Preliminary contract',
      preSigningVisit: 'Pre-signing viewing',
      acte: 'Deed signing',
      other: 'Other',
    },
  },
};

export const agendaText = { fr, en };
