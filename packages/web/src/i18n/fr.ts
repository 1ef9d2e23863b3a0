import { firstImpressionsFr } from './firstImpressions.js';

export const fr = {
  ...firstImpressionsFr,
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne mène à aucune page de votre espace. Le lien est peut-être incomplet ou périmé.',
    home: 'Revenir à l’accueil',
  },
  crash: {
    title: 'Un problème est survenu',
    body: 'Cette page n’a pas pu s’afficher. Rechargez-la ; si cela se reproduit, contactez votre agence.',
    reload: 'Recharger la page',
  },
  common: {
    loading: 'Chargement…',
    language: 'Langue',
  },
  unknownHost: {
    title: 'Espace introuvable',
    body: "Aucune agence n'est associée à «\u00a0{{host}}\u00a0». Vérifiez le lien reçu par e-mail ou contactez votre agence.",
  },
  pwa: {
    offline: {
      title: 'Vous êtes hors ligne',
      body: 'Votre espace s’affichera dès que la connexion reviendra. Vérifiez le Wi-Fi ou les données mobiles.',
      retry: 'Réessayer',
    },
    update: {
      available: 'Une nouvelle version est disponible.',
      reload: 'Recharger',
      later: 'Plus tard',
    },
  },
  signIn: {
    title: 'Connexion',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    invalid: 'Adresse e-mail ou mot de passe incorrect.',
    disabled: 'Ce compte a été désactivé. Contactez votre agence.',
    tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
    failed: 'La connexion a échoué. Réessayez.',
    required: 'Saisissez votre adresse e-mail et votre mot de passe.',
  },
  forgotPassword: {
    link: 'Mot de passe oublié ?',
    title: 'Mot de passe oublié',
    intro:
      "Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    submit: 'Recevoir le lien',
    submitting: 'Envoi…',
    sent: 'Si un compte existe pour cette adresse, vous allez recevoir un e-mail.',
    sentHelp: 'Le lien est valable 2 heures. Pensez à regarder dans vos courriers indésirables.',
    back: 'Retour à la connexion',
    failed: "Vérifiez l'adresse saisie.",
  },
  signInLink: {
    or: 'ou',
    request: 'Recevoir un lien de connexion par e-mail',
    emailRequired: 'Saisissez votre adresse e-mail pour recevoir un lien de connexion.',
    emailInvalid: 'Adresse e-mail invalide.',
    sent: 'Si cette adresse a accès à l’espace, un lien de connexion vient de lui être envoyé.',
    sentHelp:
      'Le lien est valable {{minutes}}\u00a0minutes et ne sert qu’une fois. Pensez à regarder dans vos courriers indésirables.',
  },
  setPassword: {
    password: 'Mot de passe',
    confirm: 'Confirmez le mot de passe',
    rules: 'Au moins 8 caractères.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    invalid: 'Vérifiez le mot de passe saisi.',
    submitting: 'Enregistrement…',
    noToken: 'Ce lien est incomplet : ouvrez le lien reçu par e-mail.',
    toSignIn: 'Déjà un mot de passe ? Se connecter',
  },
  resetPassword: {
    title: 'Choisissez un nouveau mot de passe',
    intro: "Ce nouveau mot de passe remplacera l'ancien.",
    submit: 'Enregistrer et se connecter',
    deadLinkHint: 'Demandez un nouveau lien de réinitialisation.',
    requestNew: 'Recevoir un nouveau lien',
  },
  accessDisabled: {
    title: 'Votre accès a été désactivé',
    body: "Vous n'avez plus accès à l'espace {{agency}}. Si vous pensez qu'il s'agit d'une erreur, contactez votre agence.",
    backToSignIn: 'Retour à la connexion',
  },
  impersonation: {
    banner: 'Aperçu en tant que {{name}} — lecture seule',
    leave: "Quitter l'aperçu",
  },
  session: {
    menu: 'Menu',
    closeMenu: 'Fermer',
    more: 'Plus',
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
