// « Mes données » (C6, L4): keys under `archive.`.
const fr = {
  archive: {
    title: 'Mes données',
    intro:
      'Téléchargez en une archive ZIP tout ce que votre espace contient pour vous : votre profil, les biens proposés avec vos comptes rendus et vos offres, la conversation, vos rendez-vous, vos documents, vos dossiers et vos mandats.',
    export: 'Exporter mes données',
    pending: 'Préparation de l’archive…',
    done: 'Archive téléchargée : {{properties}} biens, {{messages}} messages, {{appointments}} rendez-vous, {{documents}} documents, {{dossiers}} dossiers, {{mandates}} mandats.',
    failed: 'L’export a échoué : {{reason}}',
    readOnly: 'Aperçu en lecture seule : seul le client peut exporter ses données.',
    deletion:
      'Pour faire supprimer vos données, écrivez à votre agence : elle supprime tout, sauf le registre des mandats, que la loi lui impose de garder 10 ans.',
  },
};

const en: typeof fr = {
  archive: {
    title: 'My data',
    intro:
      'Download everything your space holds for you as one ZIP archive: your profile, the properties proposed with your reports and offers, the conversation, your appointments, your documents, dossiers and mandates.',
    export: 'Export my data',
    pending: 'Preparing the archive…',
    done: 'Archive downloaded: {{properties}} properties, {{messages}} messages, {{appointments}} appointments, {{documents}} documents, {{dossiers}} dossiers, {{mandates}} mandates.',
    failed: 'The export failed: {{reason}}',
    readOnly: 'Read-only preview: only the client can export their data.',
    deletion:
      'To have your data deleted, write to your agency: it deletes everything except the mandate register, which the law requires it to keep for 10 years.',
  },
};

export const archiveText = { fr, en };
