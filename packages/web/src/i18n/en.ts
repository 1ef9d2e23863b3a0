import type { fr } from './fr.js';
import { firstImpressionsEn } from './firstImpressions.js';

export const en: typeof fr = {
  ...firstImpressionsEn,
  notFound: {
    title: 'Page not found',
    body: 'This address leads to no page of your space. The link may be incomplete or out of date.',
    home: 'Back to the home page',
  },
  crash: {
    title: 'Something went wrong',
    body: 'This page could not be shown. Reload it; if it happens again, contact your agency.',
    reload: 'Reload the page',
  },
  common: {
    loading: 'Loading…',
    language: 'Language',
  },
  unknownHost: {
    title: 'Space not found',
    body: 'No agency is linked to “{{host}}”. Check the link you received by e-mail or contact your agency.',
  },
  pwa: {
    offline: {
      title: 'You are offline',
      body: 'Your space will show as soon as you are back online. Check your Wi-Fi or mobile data.',
      retry: 'Try again',
    },
    update: {
      available: 'A new version is available.',
      reload: 'Reload',
      later: 'Later',
    },
  },
  signIn: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: 'Wrong e-mail address or password.',
    disabled: 'This account has been disabled. Contact your agency.',
    tooMany: 'Too many attempts. Try again in a few minutes.',
    failed: 'Sign-in failed. Please try again.',
    required: 'Enter your e-mail address and password.',
  },
  forgotPassword: {
    link: 'Forgot your password?',
    title: 'Forgot your password',
    intro: 'Enter the e-mail address of your account: we will send you a link to choose a new one.',
    submit: 'Send me the link',
    submitting: 'Sending…',
    sent: 'If an account exists for this address, you will receive an e-mail.',
    sentHelp: 'The link is valid for 2 hours. Check your spam folder too.',
    back: 'Back to sign in',
    failed: 'Check the address you entered.',
  },
  signInLink: {
    or: 'or',
    request: 'E-mail me a sign-in link',
    emailRequired: 'Enter your e-mail address to receive a sign-in link.',
    emailInvalid: 'Invalid e-mail address.',
    sent: 'If this address has access to the space, a sign-in link has just been sent to it.',
    sentHelp:
      'The link is valid for {{minutes}}\u00a0minutes and works once. Check your spam folder too.',
  },
  setPassword: {
    password: 'Password',
    confirm: 'Confirm the password',
    rules: 'At least 8 characters.',
    mismatch: 'The two passwords are not the same.',
    invalid: 'Check the password you entered.',
    submitting: 'Saving…',
    noToken: 'This link is incomplete: open the link you received by e-mail.',
    toSignIn: 'Already have a password? Sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    intro: 'This new password will replace the old one.',
    submit: 'Save and sign in',
    deadLinkHint: 'Ask for a new reset link.',
    requestNew: 'Get a new link',
  },
  accessDisabled: {
    title: 'Your access has been disabled',
    body: 'You no longer have access to the {{agency}} space. If you think this is a mistake, contact your agency.',
    backToSignIn: 'Back to sign in',
  },
  impersonation: {
    banner: 'Previewing as {{name}} — read-only',
    leave: 'Leave preview',
  },
  session: {
    menu: 'Menu',
    closeMenu: 'Close',
    more: 'More',
    signOut: 'Sign out',
    wrongSpace: 'This account has no access to this space.',
    roles: {
      owner: 'Owner',
      admin: 'Administrator',
      collaborator: 'Collaborator',
      client: 'Client',
    },
  },
};
