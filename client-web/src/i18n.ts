export const fr = {
  nav: { home: 'Accueil' },
  home: {
    welcome: 'Bienvenue dans votre espace',
    intro:
      '{{agency}} partage ici avec vous les biens sélectionnés, vos rendez-vous et vos documents.',
  },
};

export const en: typeof fr = {
  nav: { home: 'Home' },
  home: {
    welcome: 'Welcome to your space',
    intro: '{{agency}} shares the properties chosen for you, your appointments and documents here.',
  },
};
