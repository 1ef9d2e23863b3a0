import type { fr } from './fr.js';

export const en: typeof fr = {
  common: {
    loading: 'Loading…',
    language: 'Language',
  },
  unknownHost: {
    title: 'Space not found',
    body: 'No agency is linked to {{host}}. Check the link you received by e-mail or contact your agency.',
  },
  signIn: {
    title: 'Sign in',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: 'Wrong e-mail address or password.',
    tooMany: 'Too many attempts. Try again in a few minutes.',
    failed: 'Sign-in failed. Please try again.',
    required: 'Enter your e-mail address and password.',
  },
  session: {
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
