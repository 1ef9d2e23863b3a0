// The French-rules parts of the settings (L1): keys under `legal.`.
const fr = {
  legal: {
    cardAuthority: 'Délivrée par (CCI)',
    cardAuthorityHint: 'Par exemple « CCI Paris Île-de-France ».',
    tariffsTitle: 'Tarifs (barème des honoraires)',
    tariffsHelp:
      'Affichés aux clients sur la page « Tarifs » (loi Hoguet). Titres avec « # », listes avec « - », gras avec **texte**.',
    tariffsLabel: 'Barème',
    tariffsCount: '{{count}} / {{max}} caractères',
    tariffsSave: 'Enregistrer les tarifs',
  },
};

const en: typeof fr = {
  legal: {
    cardAuthority: 'Issued by (CCI)',
    cardAuthorityHint: 'For example “CCI Paris Île-de-France”.',
    tariffsTitle: 'Fee schedule (Tarifs)',
    tariffsHelp:
      'Shown to clients on the “Fees” page (required by the loi Hoguet). Headings with “#”, lists with “-”, bold with **text**.',
    tariffsLabel: 'Schedule',
    tariffsCount: '{{count}} / {{max}} characters',
    tariffsSave: 'Save the fee schedule',
  },
};

export const settingsLegalText = { fr, en };
