// The « Tarifs » page's messages (L1), merged into the app's by screenText.ts (keys under `tariffs.`).
const fr = {
  tariffs: {
    title: 'Tarifs',
    intro: 'Barème des honoraires de {{agency}}.',
    empty:
      'L’agence n’a pas encore publié son barème. Demandez-le-lui : elle doit vous le remettre.',
    failed: 'Les tarifs n’ont pas pu être chargés : réessayez.',
    back: '← Retour',
  },
};

const en: typeof fr = {
  tariffs: {
    title: 'Fees',
    intro: 'Fee schedule of {{agency}}.',
    empty: 'The agency has not published its fee schedule yet. Ask them: they must give it to you.',
    failed: 'The fee schedule could not be loaded: try again.',
    back: '← Back',
  },
};

export const tariffsText = { fr, en };
