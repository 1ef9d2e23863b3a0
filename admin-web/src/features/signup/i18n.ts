// The sign-up feature's own messages (keys under `signup.`), added to the app's when the sign-up
// page loads; the page's first messages (title, fields) are in the app's i18n.ts.
const fr = {
  signup: {
    consent: {
      label:
        'J’accepte les <terms>conditions d’utilisation</terms> et la <privacy>politique de confidentialité</privacy>.',
      required:
        'Vous devez accepter les conditions d’utilisation et la politique de confidentialité.',
    },
    humanCheck: {
      title: 'Vérification anti-robot',
      hint: 'Votre navigateur fait un petit calcul pour prouver que vous n’êtes pas un robot.',
      loading: 'Chargement de la vérification anti-robot…',
      unavailable: 'La vérification anti-robot n’a pas pu se charger : rechargez la page.',
      failed: 'La vérification anti-robot a échoué : recommencez.',
      // The widget's own words (altcha), every one of them.
      widget: {
        ariaLinkLabel: 'ALTCHA (site officiel)',
        cancel: 'Annuler',
        enterCode: 'Saisissez le code',
        enterCodeAria: 'Saisissez le code entendu. Appuyez sur Espace pour écouter.',
        enterCodeFromImage: 'Pour continuer, saisissez le code de l’image ci-dessous.',
        error: 'La vérification a échoué. Réessayez.',
        expired: 'La vérification a expiré. Recommencez.',
        footer: '',
        getAudioChallenge: 'Écouter un code',
        label: 'Je ne suis pas un robot',
        loading: 'Chargement…',
        reload: 'Recommencer',
        verify: 'Vérifier',
        verificationRequired: 'Vérification requise.',
        verified: 'Vérifié',
        verifying: 'Vérification en cours…',
        waitAlert: 'Vérification en cours… un instant.',
      },
    },
  },
};

const en: typeof fr = {
  signup: {
    consent: {
      label: 'I accept the <terms>terms of use</terms> and the <privacy>privacy policy</privacy>.',
      required: 'You must accept the terms of use and the privacy policy.',
    },
    humanCheck: {
      title: 'Robot check',
      hint: 'Your browser runs a small computation to prove you are not a robot.',
      loading: 'Loading the robot check…',
      unavailable: 'The robot check could not load: reload the page.',
      failed: 'The robot check failed: try again.',
      widget: {
        ariaLinkLabel: 'ALTCHA (official website)',
        cancel: 'Cancel',
        enterCode: 'Enter the code',
        enterCodeAria: 'Enter the code you hear. Press Space to play it.',
        enterCodeFromImage: 'To continue, enter the code from the image below.',
        error: 'Verification failed. Try again.',
        expired: 'Verification expired. Start again.',
        footer: '',
        getAudioChallenge: 'Listen to a code',
        label: 'I am not a robot',
        loading: 'Loading…',
        reload: 'Start again',
        verify: 'Verify',
        verificationRequired: 'Verification required.',
        verified: 'Verified',
        verifying: 'Verifying…',
        waitAlert: 'Verifying… one moment.',
      },
    },
  },
};

export const signupText = { fr, en };
export type HumanCheckWidgetStrings = typeof fr.signup.humanCheck.widget;
