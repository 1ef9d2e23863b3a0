import type { EmailEvent } from '../events.js';
import type { EmailSpec } from './compose.js';

/** Access and security e-mails, in English. */
export const accountEn = {
  invitation: {
    subject: '{{agency.name}} invites you to your client space',
    intro: [
      'Hello {{client.firstName}},',
      '{{agency.name}} has opened a personal client space for you to follow your property search: suggested properties, viewings, documents and messages.',
    ],
    action: {
      text: 'To access it, choose your password by opening this link:',
      html: 'To access it, choose your password:',
      button: 'Choose my password',
    },
    outro: [
      'This link is personal, works only once and remains valid for {{validity}}. If it has expired, ask your adviser for a new one.',
    ],
    closing: ['Kind regards,', '{{agency.name}}'],
  },
  passwordReset: {
    subject: 'Reset your password – {{agency.name}}',
    intro: ['Hello,', 'You asked to reset the password of your {{agency.name}} client space.'],
    action: { text: 'Choose a new one by opening this link:', button: 'Choose a new password' },
    outro: [
      'This link works only once and remains valid for {{validity}}. If you did not make this request, you can ignore this e-mail: your current password still works.',
    ],
    closing: ['{{agency.name}}'],
  },
  staffPasswordReset: {
    subject: 'Reset your password – {{agency.name}} management space',
    intro: [
      'Hello,',
      'You asked to reset the password of your access to the {{agency.name}} management space.',
    ],
    action: { text: 'Choose a new one by opening this link:', button: 'Choose a new password' },
    outro: [
      'This link works only once and remains valid for {{validity}}. If you did not make this request, you can ignore this e-mail: your current password still works.',
    ],
  },
  signInLink: {
    subject: 'Your sign-in link to {{agency.name}}',
    intro: [
      'Hello,',
      'You asked to sign in to your {{agency.name}} client space without a password.',
    ],
    action: { text: 'Open this link to sign in:', button: 'Sign me in' },
    outro: [
      'This link is personal, works only once and remains valid for {{validity}}. If you did not make this request, you can ignore this e-mail: nobody can sign in without this link.',
    ],
    closing: ['{{agency.name}}'],
  },
  staffAccessDecided: {
    subject:
      '{{#access.granted}}Access approved: {{agency.name}} management space{{/access.granted}}{{^access.granted}}Your request for access to {{agency.name}}{{/access.granted}}',
    intro: [
      'Hello {{requester.firstName}},',
      '{{#access.granted}}Good news: your request for access to the {{agency.name}} management space has been approved. You can sign in now with the e-mail address and password you chose when you applied.{{/access.granted}}{{^access.granted}}Your request for access to the {{agency.name}} management space has not been approved. If you think this is a mistake, please contact the agency directly.{{/access.granted}}',
    ],
    action: {
      text: 'The management space is at this address:',
      button: 'Open the management space',
    },
    closing: ['{{agency.name}}'],
  },
} satisfies Partial<Record<EmailEvent, EmailSpec>>;
