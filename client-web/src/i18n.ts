export const fr = {
  home: {
    welcome: 'Bienvenue dans votre espace',
    intro:
      '{{agency}} partage ici avec vous les biens sélectionnés, vos rendez-vous et vos documents.',
  },
  properties: {
    title: 'Vos biens',
    empty:
      "Aucun bien ne vous a encore été proposé. Votre chasseur vous préviendra dès qu'il en publie un.",
    loadFailed: 'Impossible de charger vos biens. Réessayez dans un instant.',
    photoPlaceholder: 'Photo à venir',
    untitled: 'Bien sans titre',
    surface: '{{value}} m²',
    rooms_one: '{{count}} pièce',
    rooms_other: '{{count}} pièces',
    stages: {
      new: 'Nouveauté',
      toVisit: 'À visiter',
      visited: 'Visité',
      offer: 'Offre faite',
      offerAccepted: 'Offre acceptée',
      compromis: 'Compromis',
      acte: 'Acte signé',
      rejected: 'Rejeté',
    },
  },
  firstLogin: {
    title: 'Créez votre mot de passe',
    intro:
      'Bienvenue ! Choisissez le mot de passe de votre espace {{agency}}. Vous vous connecterez ensuite avec votre adresse e-mail et ce mot de passe.',
    submit: 'Créer mon mot de passe',
    askAgency:
      "Demandez à {{agency}} de vous envoyer une nouvelle invitation : le lien de l'e-mail ne sert qu'une fois et reste valable 7 jours.",
  },
  signInLinkPage: {
    title: 'Connexion par lien',
    noToken: 'Ce lien est incomplet : ouvrez le lien reçu par e-mail.',
    failed: 'La connexion a échoué. Réessayez.',
    askAgain:
      'Demandez un nouveau lien de connexion depuis la page de connexion : chaque lien ne sert qu’une fois et reste valable {{minutes}}\u00a0minutes.',
    toSignIn: 'Retour à la connexion',
  },
  impersonate: {
    title: 'Aperçu du portail client',
    failed:
      "Ce lien d'aperçu n'est pas valable ou a expiré. Relancez « Imiter » depuis l'espace administrateur.",
  },
};

export const en: typeof fr = {
  home: {
    welcome: 'Welcome to your space',
    intro: '{{agency}} shares the properties chosen for you, your appointments and documents here.',
  },
  properties: {
    title: 'Your properties',
    empty: 'No property has been shared with you yet. Your hunter will let you know when one is.',
    loadFailed: 'Your properties could not be loaded. Try again in a moment.',
    photoPlaceholder: 'Photo coming soon',
    untitled: 'Untitled property',
    surface: '{{value}} m²',
    rooms_one: '{{count}} room',
    rooms_other: '{{count}} rooms',
    stages: {
      new: 'New',
      toVisit: 'To visit',
      visited: 'Visited',
      offer: 'Offer made',
      offerAccepted: 'Offer accepted',
      compromis: 'Preliminary contract',
      acte: 'Deed signed',
      rejected: 'Rejected',
    },
  },
  firstLogin: {
    title: 'Create your password',
    intro:
      'Welcome! Choose the password of your {{agency}} space. You will then sign in with your e-mail address and this password.',
    submit: 'Create my password',
    askAgency:
      'Ask {{agency}} to send you a new invitation: the link in the e-mail works once and for 7 days.',
  },
  signInLinkPage: {
    title: 'Sign-in link',
    noToken: 'This link is incomplete: open the link you received by e-mail.',
    failed: 'Sign-in failed. Please try again.',
    askAgain:
      'Ask for a new sign-in link from the sign-in page: each link works once and for {{minutes}}\u00a0minutes.',
    toSignIn: 'Back to sign in',
  },
  impersonate: {
    title: 'Client portal preview',
    failed:
      'This preview link is not valid or has expired. Start “Impersonate” again from the admin app.',
  },
};
