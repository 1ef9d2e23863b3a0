// The documents feature's texts (H8), merged into the app's screen texts (keys under `documents.`).
const fr = {
  documents: {
    title: 'Documents',
    ofProperty: 'Documents sur ce bien',
    empty: 'Aucun document pour l’instant : ceux que l’agence partage avec vous apparaîtront ici.',
    image: 'Image',
    download: 'Télécharger',
    downloading: 'Téléchargement…',
    downloadNamed: 'Télécharger « {{title}} »',
    more: 'Voir plus',
  },
};

const en: typeof fr = {
  documents: {
    title: 'Documents',
    ofProperty: 'Documents about this property',
    empty: 'No documents yet: those the agency shares with you will show here.',
    image: 'Image',
    download: 'Download',
    downloading: 'Downloading…',
    downloadNamed: 'Download “{{title}}”',
    more: 'Show more',
  },
};

export const documentsText = { fr, en };
