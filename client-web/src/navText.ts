/** The shell's words, in the sign-in page's bundle; the screens' come with them (screenText.ts). */
export const fr = {
  nav: { home: 'Accueil', dossiers: 'Dossiers', messages: 'Messages', agenda: 'Rendez-vous' },
};

export const en = {
  nav: { home: 'Home', dossiers: 'Files', messages: 'Messages', agenda: 'Appointments' },
};
