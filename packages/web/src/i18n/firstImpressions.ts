/**
 * Messages of the first steps (issue 15): the ways between the public pages, the staff request's
 * outcome, form and error messages translated by code, page titles, feedback after an action and
 * the colour checks. Their own namespaces, spread into fr.ts/en.ts.
 */
export const firstImpressionsFr = {
  entry: {
    newAgency: 'Vous êtes une agence sans espace ?',
    createAgency: 'Créer un espace agence',
    joinTeam: 'Vous rejoignez une agence ?',
    requestAccess: 'Demander un accès collaborateur',
    haveAccount: 'Déjà un compte ? Se connecter',
    unknownHostHelp:
      'L’adresse de votre espace vous a été donnée par votre agence. Vous êtes une agence immobilière et souhaitez proposer ce portail à vos clients ?',
  },
  staffRequest: {
    pendingTitle: 'Demande en attente',
    pendingBody:
      'Votre demande d’accès attend la validation d’un administrateur de l’espace {{agency}}. Vous recevrez un e-mail dès qu’elle aura été traitée.',
    check: 'Vérifier à nouveau',
    checking: 'Vérification…',
    stillPending: 'Votre demande est toujours en attente.',
    rejectedTitle: 'Demande refusée',
    rejectedBody:
      'Votre demande d’accès à l’espace {{agency}} n’a pas été acceptée. Si vous pensez qu’il s’agit d’une erreur, contactez directement l’agence.',
  },
  form: {
    required: 'Ce champ est obligatoire.',
    invalid: 'Valeur invalide.',
    email: 'Adresse e-mail invalide.',
    tooShort: 'Au moins {{minimum}} caractères.',
    tooLong: '{{maximum}} caractères au plus.',
    tooSmall: 'Au moins {{minimum}}.',
    tooBig: 'Au plus {{maximum}}.',
    choose: 'Choisissez une valeur proposée.',
    format: 'Format invalide.',
  },
  errors: {
    generic: 'Une erreur est survenue. Réessayez.',
    unauthenticated: 'Votre session a expiré : reconnectez-vous.',
    permissionDenied: 'Vous n’avez pas le droit de faire cela.',
    notFound: 'Élément introuvable : il a peut-être été supprimé.',
    tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
    invalidInput: 'Vérifiez les informations saisies.',
    alreadyDecided: 'Cette demande a déjà été traitée.',
    tenantNotFound: 'Agence introuvable.',
    appCheck: 'Cette application n’a pas pu être vérifiée. Rechargez la page.',
    humanCheck: 'La vérification anti-robot a échoué : recommencez.',
    fileEmpty: 'Ce fichier est vide.',
    fileTooLarge: 'Ce fichier est trop lourd.',
    fileNotPhoto: 'Ce fichier n’est pas une image (JPEG, PNG, WebP ou HEIC).',
    fileNotDocument: 'Ce fichier n’est ni un PDF ni une image (JPEG, PNG ou HEIC).',
    fileExtension: 'L’extension du fichier ne correspond pas à son contenu.',
  },
  titles: {
    separator: ' — ',
    signIn: 'Connexion',
    pending: 'Demande en attente',
    rejected: 'Demande refusée',
    accessDisabled: 'Accès désactivé',
    notFound: 'Page introuvable',
    unknownHost: 'Espace introuvable',
  },
  feedback: {
    invited: 'Invitation envoyée à {{email}}.',
    reinvited: 'Invitation renvoyée à {{email}}.',
    loginAdded: '{{email}} a été ajouté(e) à l’espace de {{name}}.',
    restored: 'L’accès de {{name}} est rétabli.',
    revoked: 'L’accès de {{name}} est révoqué.',
    revokeTitle: 'Révoquer l’accès de {{name}} ?',
    revokeText:
      'Plus personne ne pourra se connecter à l’espace de {{name}} ; ses données sont conservées et l’accès pourra être rétabli.',
    revokeConfirm: 'Révoquer l’accès',
  },
  contrast: {
    fails:
      'Contraste insuffisant : {{ratio}}:1 avec {{against}} (il faut au moins 4,5:1). Le texte sera difficile à lire.',
    passes: 'Contraste suffisant : {{ratio}}:1 avec {{against}}.',
    white: 'le blanc',
    textOn: 'son texte',
    autoText: 'Le texte posé sur cette couleur sera écrit en {{colour}}, plus lisible.',
    dark: 'foncé',
    light: 'blanc',
    chooseLogo: 'Choisir un logo',
    noLogo: 'Aucun fichier choisi',
  },
};

export const firstImpressionsEn: typeof firstImpressionsFr = {
  entry: {
    newAgency: 'An agency without a space?',
    createAgency: 'Create an agency space',
    joinTeam: 'Joining an agency?',
    requestAccess: 'Request staff access',
    haveAccount: 'Already have an account? Sign in',
    unknownHostHelp:
      'Your agency gave you the address of your space. Are you an estate agency wishing to offer this portal to your clients?',
  },
  staffRequest: {
    pendingTitle: 'Request pending',
    pendingBody:
      'Your access request is waiting for an administrator of the {{agency}} space to approve it. You will get an e-mail as soon as it has been handled.',
    check: 'Check again',
    checking: 'Checking…',
    stillPending: 'Your request is still pending.',
    rejectedTitle: 'Request declined',
    rejectedBody:
      'Your request for access to the {{agency}} space was not accepted. If you think this is a mistake, contact the agency directly.',
  },
  form: {
    required: 'This field is required.',
    invalid: 'Invalid value.',
    email: 'Invalid e-mail address.',
    tooShort: 'At least {{minimum}} characters.',
    tooLong: 'At most {{maximum}} characters.',
    tooSmall: 'At least {{minimum}}.',
    tooBig: 'At most {{maximum}}.',
    choose: 'Choose one of the values offered.',
    format: 'Invalid format.',
  },
  errors: {
    generic: 'Something went wrong. Try again.',
    unauthenticated: 'Your session has expired: sign in again.',
    permissionDenied: 'You are not allowed to do this.',
    notFound: 'Not found: it may have been deleted.',
    tooMany: 'Too many attempts. Try again in a few minutes.',
    invalidInput: 'Check the information entered.',
    alreadyDecided: 'This request has already been handled.',
    tenantNotFound: 'Agency not found.',
    appCheck: 'This app could not be verified. Reload the page.',
    humanCheck: 'The anti-robot check failed: try again.',
    fileEmpty: 'This file is empty.',
    fileTooLarge: 'This file is too large.',
    fileNotPhoto: 'This file is not an image (JPEG, PNG, WebP or HEIC).',
    fileNotDocument: 'This file is neither a PDF nor an image (JPEG, PNG or HEIC).',
    fileExtension: 'The file’s extension does not match its content.',
  },
  titles: {
    separator: ' — ',
    signIn: 'Sign in',
    pending: 'Request pending',
    rejected: 'Request declined',
    accessDisabled: 'Access disabled',
    notFound: 'Page not found',
    unknownHost: 'Space not found',
  },
  feedback: {
    invited: 'Invitation sent to {{email}}.',
    reinvited: 'Invitation sent again to {{email}}.',
    loginAdded: '{{email}} has been added to {{name}}’s space.',
    restored: '{{name}}’s access is restored.',
    revoked: '{{name}}’s access is revoked.',
    revokeTitle: 'Revoke {{name}}’s access?',
    revokeText:
      'Nobody will be able to sign in to {{name}}’s space any more; their data is kept and access can be restored.',
    revokeConfirm: 'Revoke access',
  },
  contrast: {
    fails:
      'Insufficient contrast: {{ratio}}:1 against {{against}} (at least 4.5:1 is needed). Text will be hard to read.',
    passes: 'Sufficient contrast: {{ratio}}:1 against {{against}}.',
    white: 'white',
    textOn: 'its text',
    autoText: 'Text on this colour will be written in {{colour}}, which reads better.',
    dark: 'dark',
    light: 'white',
    chooseLogo: 'Choose a logo',
    noLogo: 'No file chosen',
  },
};
