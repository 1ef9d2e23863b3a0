import type { EmailEvent } from '../events.js';
import type { EmailSpec } from './compose.js';

/** Access and security e-mails, in French: wording kept from the first version of the product. */
export const accountFr = {
  invitation: {
    subject: '{{agency.name}} vous invite sur votre espace client',
    intro: [
      'Bonjour {{client.firstName}},',
      '{{agency.name}} vous a ouvert un espace client personnel pour suivre votre recherche : biens proposés, visites, documents et messages.',
    ],
    action: {
      text: 'Pour y accéder, choisissez votre mot de passe en ouvrant ce lien :',
      html: 'Pour y accéder, choisissez votre mot de passe :',
      button: 'Choisir mon mot de passe',
    },
    outro: [
      'Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. S’il a expiré, demandez-en un nouveau à votre conseiller.',
    ],
    closing: ['À bientôt,', '{{agency.name}}'],
  },
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe – {{agency.name}}',
    intro: [
      'Bonjour,',
      'Vous avez demandé à réinitialiser le mot de passe de votre espace client {{agency.name}}.',
    ],
    action: {
      text: 'Choisissez-en un nouveau en ouvrant ce lien :',
      button: 'Choisir un nouveau mot de passe',
    },
    outro: [
      'Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.',
    ],
    closing: ['{{agency.name}}'],
  },
  staffPasswordReset: {
    subject: 'Réinitialisation de votre mot de passe – espace de gestion {{agency.name}}',
    intro: [
      'Bonjour,',
      'Vous avez demandé à réinitialiser le mot de passe de votre accès à l’espace de gestion {{agency.name}}.',
    ],
    action: {
      text: 'Choisissez-en un nouveau en ouvrant ce lien :',
      button: 'Choisir un nouveau mot de passe',
    },
    outro: [
      'Ce lien ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste valable.',
    ],
  },
  signInLink: {
    subject: 'Votre lien de connexion à {{agency.name}}',
    intro: [
      'Bonjour,',
      'Vous avez demandé à vous connecter à votre espace client {{agency.name}} sans mot de passe.',
    ],
    action: { text: 'Ouvrez ce lien pour vous connecter :', button: 'Me connecter' },
    outro: [
      'Ce lien est personnel, ne sert qu’une fois et reste valable {{validity}}. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : personne ne peut se connecter sans ce lien.',
    ],
    closing: ['{{agency.name}}'],
  },
  staffAccessDecided: {
    subject:
      '{{#access.granted}}Votre accès à l’espace de gestion {{agency.name}} est validé{{/access.granted}}{{^access.granted}}Votre demande d’accès à l’espace de gestion {{agency.name}}{{/access.granted}}',
    intro: [
      'Bonjour {{requester.firstName}},',
      '{{#access.granted}}Bonne nouvelle : votre demande d’accès à l’espace de gestion {{agency.name}} a été acceptée. Vous pouvez dès maintenant vous connecter avec l’adresse e-mail et le mot de passe choisis lors de votre demande.{{/access.granted}}{{^access.granted}}Votre demande d’accès à l’espace de gestion {{agency.name}} n’a pas été acceptée. Si vous pensez qu’il s’agit d’une erreur, contactez directement l’agence.{{/access.granted}}',
    ],
    action: {
      text: 'L’espace de gestion se trouve à cette adresse :',
      button: 'Ouvrir l’espace de gestion',
    },
    closing: ['{{agency.name}}'],
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
