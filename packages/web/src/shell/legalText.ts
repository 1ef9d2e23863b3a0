// The two public legal texts (terms of use, privacy policy), in their own chunk with the pages.
// Each section is a heading and its paragraphs; `TERMS_VERSION` (@portail/shared) names this
// wording and is recorded on each tenant at sign-up: change both together.

export interface LegalSection {
  heading: string;
  paragraphs: string[];
}

const fr = {
  legal: {
    version: 'Version du {{date}}',
    home: 'Revenir à l’accueil',
    terms: {
      title: 'Conditions d’utilisation',
      other: 'Lire la politique de confidentialité',
      sections: [
        {
          heading: 'Le service',
          paragraphs: [
            'Le portail permet aux professionnels de l’immobilier (les « agences ») de partager avec leurs clients les biens qu’ils leur proposent, d’échanger des messages et des documents et d’organiser leurs rendez-vous.',
            'Chaque agence dispose de son propre espace : ses données ne sont visibles que de son équipe et des clients qu’elle invite.',
          ],
        },
        {
          heading: 'Espace de test',
          paragraphs: [
            'Un espace créé en ligne est un espace de test : il est réservé à un usage non commercial et ses données sont effacées tous les 90 jours tant qu’il n’est pas passé en formule payante.',
          ],
        },
        {
          heading: 'Vos engagements',
          paragraphs: [
            'Vous gardez vos identifiants secrets et fournissez des informations exactes. L’agence est responsable des contenus qu’elle publie (biens, photos, documents) et de l’information de ses clients.',
            'Il est interdit d’utiliser le service pour des contenus illicites, pour tenter d’accéder aux données d’un autre espace ou pour en perturber le fonctionnement.',
          ],
        },
        {
          heading: 'Disponibilité et responsabilité',
          paragraphs: [
            'Le service est fourni en l’état ; nous faisons notre possible pour qu’il reste disponible et que les données soient sauvegardées, sans garantie d’absence d’interruption.',
          ],
        },
        {
          heading: 'Droit applicable',
          paragraphs: [
            'Ces conditions relèvent du droit français. Elles peuvent évoluer : la nouvelle version vous sera présentée et devra être acceptée.',
          ],
        },
      ] satisfies LegalSection[],
    },
    privacy: {
      title: 'Politique de confidentialité',
      other: 'Lire les conditions d’utilisation',
      sections: [
        {
          heading: 'Qui traite vos données',
          paragraphs: [
            'L’agence qui vous invite est responsable du traitement des données de ses clients ; l’éditeur du portail les héberge et les traite pour son compte, selon ses instructions.',
          ],
        },
        {
          heading: 'Les données traitées',
          paragraphs: [
            'Identité et coordonnées (nom, adresse e-mail, téléphone), critères de recherche, biens proposés et vos réponses, messages, rendez-vous et documents déposés, ainsi que les journaux techniques de connexion.',
          ],
        },
        {
          heading: 'Pourquoi',
          paragraphs: [
            'Pour fournir le service demandé (exécution du contrat avec l’agence), sécuriser les accès (intérêt légitime) et respecter nos obligations légales. Aucune donnée n’est vendue ni utilisée à des fins publicitaires.',
          ],
        },
        {
          heading: 'Combien de temps',
          paragraphs: [
            'Les données sont conservées tant que l’accès est actif, puis supprimées à la demande de l’agence ou du client ; celles d’un espace de test sont effacées tous les 90 jours.',
          ],
        },
        {
          heading: 'Cookies',
          paragraphs: [
            'Le portail n’utilise que le stockage nécessaire à votre connexion et à vos préférences (langue). Aucun traceur publicitaire ni de mesure d’audience tierce.',
          ],
        },
        {
          heading: 'Vos droits',
          paragraphs: [
            'Vous pouvez accéder à vos données, les rectifier, les effacer, en demander la portabilité ou vous opposer à leur traitement en écrivant à votre agence. Vous pouvez aussi saisir la CNIL (www.cnil.fr).',
          ],
        },
      ] satisfies LegalSection[],
    },
  },
};

const en: typeof fr = {
  legal: {
    version: 'Version of {{date}}',
    home: 'Back to the home page',
    terms: {
      title: 'Terms of use',
      other: 'Read the privacy policy',
      sections: [
        {
          heading: 'The service',
          paragraphs: [
            'The portal lets real-estate professionals (the “agencies”) share with their clients the properties they offer them, exchange messages and documents and arrange their appointments.',
            'Each agency has its own space: its data is seen only by its team and by the clients it invites.',
          ],
        },
        {
          heading: 'Test space',
          paragraphs: [
            'A space created online is a test space: it is for non-commercial use only and its data is erased every 90 days until it moves to a paid plan.',
          ],
        },
        {
          heading: 'Your commitments',
          paragraphs: [
            'You keep your credentials secret and give accurate information. The agency is responsible for what it publishes (properties, photos, documents) and for informing its clients.',
            'You may not use the service for unlawful content, to try to reach another space’s data or to disrupt it.',
          ],
        },
        {
          heading: 'Availability and liability',
          paragraphs: [
            'The service is provided as is; we do our best to keep it available and the data backed up, without a guarantee that it is never interrupted.',
          ],
        },
        {
          heading: 'Governing law',
          paragraphs: [
            'These terms are governed by French law. They may change: the new version will be shown to you for acceptance.',
          ],
        },
      ],
    },
    privacy: {
      title: 'Privacy policy',
      other: 'Read the terms of use',
      sections: [
        {
          heading: 'Who processes your data',
          paragraphs: [
            'The agency that invites you is the controller of its clients’ data; the portal’s publisher hosts and processes it on the agency’s behalf and instructions.',
          ],
        },
        {
          heading: 'The data processed',
          paragraphs: [
            'Identity and contact details (name, e-mail address, phone), search criteria, the properties offered and your answers, messages, appointments and uploaded documents, and technical sign-in logs.',
          ],
        },
        {
          heading: 'Why',
          paragraphs: [
            'To provide the service (the contract with the agency), to secure access (legitimate interest) and to meet our legal obligations. No data is sold or used for advertising.',
          ],
        },
        {
          heading: 'For how long',
          paragraphs: [
            'Data is kept while the access is active, then deleted at the request of the agency or the client; a test space’s data is erased every 90 days.',
          ],
        },
        {
          heading: 'Cookies',
          paragraphs: [
            'The portal only stores what your sign-in and your preferences (language) need. No advertising trackers and no third-party analytics.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'You may access, correct or erase your data, ask for a copy to take elsewhere or object to its processing by writing to your agency. You may also complain to the CNIL (www.cnil.fr).',
          ],
        },
      ],
    },
  },
};

export const legalText = { fr, en };
