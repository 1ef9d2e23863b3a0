export const fr = {
  common: {
    loading: 'Chargement…',
    language: 'Langue',
  },
  unknownHost: {
    title: 'Espace introuvable',
    body: "Aucune agence n'est associée à l'adresse {{host}}. Vérifiez le lien reçu par e-mail ou contactez votre agence.",
  },
  signIn: {
    title: 'Connexion',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    invalid: 'Adresse e-mail ou mot de passe incorrect.',
    tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
    failed: 'La connexion a échoué. Réessayez.',
    required: 'Saisissez votre adresse e-mail et votre mot de passe.',
  },
  session: {
    signOut: 'Se déconnecter',
    wrongSpace: "Ce compte n'a pas accès à cet espace.",
    roles: {
      owner: 'Gérant',
      admin: 'Administrateur',
      collaborator: 'Collaborateur',
      client: 'Client',
    },
  },
};
