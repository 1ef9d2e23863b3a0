// The dossiers feature's messages, merged into the app's by main.tsx (keys under `dossiers.`).
const fr = {
  dossiers: {
    title: 'Mes dossiers',
    empty:
      'Aucun dossier pour le moment : votre agence vous préviendra dès qu’un dossier sera disponible.',
    back: '← Mes dossiers',
    notFound: 'Ce dossier n’est pas (ou plus) disponible.',
    states: {
      none: 'Non téléchargé',
      partial: 'Partiellement téléchargé',
      all: 'Téléchargé',
    },
    files_one: '{{count}} document',
    files_other: '{{count}} documents',
    documents: 'Documents',
    noFiles: 'Aucun document dans ce dossier pour le moment.',
    download: 'Télécharger',
    downloadName: 'Télécharger {{name}}',
    downloading: 'Téléchargement…',
    downloaded: 'Déjà téléchargé',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    stampedNote:
      'Document marqué « POUR CONSULTATION UNIQUEMENT » : l’original sera disponible dès le règlement du dossier.',
    unpaid:
      'Ce dossier n’est pas encore réglé : ses documents peuvent être marqués « consultation uniquement » ou indisponibles jusqu’au paiement.',
    amount: 'Montant : {{amount}}',
    paid: 'Réglé',
    comments: 'Commentaires',
    steps: 'Étapes',
    stepDone: 'fait',
    stepTodo: 'à venir',
    conclusions: 'Conclusions',
    guest: {
      title: 'Dossier partagé',
      loading: 'Ouverture du dossier…',
      missing: 'Ce lien est incomplet : ouvrez le lien reçu par e-mail.',
      from: 'Partagé par {{agency}}, accessible jusqu’au {{date}}.',
      blocked:
        'Ce dossier n’est pas encore réglé : ses documents seront téléchargeables dès son paiement.',
    },
    pdf: {
      visitReport: 'Mon compte rendu (PDF)',
      offerDraft: 'Brouillon de lettre d’offre (PDF)',
      preparing: 'Préparation du PDF…',
    },
  },
};

const en: typeof fr = {
  dossiers: {
    title: 'My files',
    empty: 'No files yet: your agency will let you know as soon as one is available.',
    back: '← My files',
    notFound: 'This file is not (or no longer) available.',
    states: {
      none: 'Not downloaded',
      partial: 'Partially downloaded',
      all: 'Downloaded',
    },
    files_one: '{{count}} document',
    files_other: '{{count}} documents',
    documents: 'Documents',
    noFiles: 'No document in this file yet.',
    download: 'Download',
    downloadName: 'Download {{name}}',
    downloading: 'Downloading…',
    downloaded: 'Downloaded already',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    stampedNote:
      'Document stamped “POUR CONSULTATION UNIQUEMENT” (viewing only): the original comes once the file is paid.',
    unpaid:
      'This file is not paid yet: its documents may be stamped “viewing only” or unavailable until payment.',
    amount: 'Amount: {{amount}}',
    paid: 'Paid',
    comments: 'Comments',
    steps: 'Steps',
    stepDone: 'done',
    stepTodo: 'to come',
    conclusions: 'Conclusions',
    guest: {
      title: 'Shared file',
      loading: 'Opening the file…',
      missing: 'This link is incomplete: open the link you received by e-mail.',
      from: 'Shared by {{agency}}, available until {{date}}.',
      blocked: 'This file is not paid yet: its documents can be downloaded once it is.',
    },
    pdf: {
      visitReport: 'My visit report (PDF)',
      offerDraft: 'Offer letter draft (PDF)',
      preparing: 'Preparing the PDF…',
    },
  },
};

export const dossiersText: { fr: typeof fr; en: typeof fr } = { fr, en };
