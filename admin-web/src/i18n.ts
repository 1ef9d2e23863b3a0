export const fr = {
  nav: { home: 'Accueil' },
  home: {
    title: 'Bonjour',
    agency: 'Agence',
    plan: 'Formule',
    role: 'Votre rôle',
    plans: { sandbox: 'Bac à sable (données de test)', paid: 'Espace privé' },
  },
};

export const en: typeof fr = {
  nav: { home: 'Home' },
  home: {
    title: 'Hello',
    agency: 'Agency',
    plan: 'Plan',
    role: 'Your role',
    plans: { sandbox: 'Sandbox (test data)', paid: 'Private space' },
  },
};
