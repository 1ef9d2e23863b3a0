/** The shell's words, in the sign-in page's bundle; the screens' come with them (screenText.ts). */
export const fr = {
  nav: {
    home: 'Accueil',
    dossiers: 'Dossiers',
    documents: 'Documents',
    messages: 'Messages',
    agenda: 'Rendez-vous',
    map: 'Carte',
  },
};

export const en = {
  nav: {
    home: 'Home',
    dossiers: 'Files',
    documents: 'Documents',
    messages: 'Messages',
    agenda: 'Appointments',
    map: 'Map',
  },
};
