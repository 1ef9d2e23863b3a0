// The messages feature's texts, merged into the app's by main.tsx (keys under `messages.`).
const fr = {
  messages: {
    nav: 'Messages',
    pageTitle: 'Messages',
    thread: 'Votre conversation avec l’agence',
    empty: 'Aucun message pour l’instant : posez votre question à l’agence ci-dessous.',
    older: 'Messages précédents',
    about: 'À propos de : {{title}} ({{city}})',
    aboutProperty: 'Question sur : {{title}}',
    detach: 'Retirer le bien',
    you: 'Vous',
    household: 'Votre co-acquéreur',
    yourMessage: 'Votre message',
    send: 'Envoyer',
    sending: 'Envoi…',
    invalid: 'Message invalide.',
    readOnly: 'Aperçu : l’envoi de messages est désactivé.',
    ask: 'Poser une question',
    unreadCount_one: '{{count}} message non lu',
    unreadCount_other: '{{count}} messages non lus',
  },
};

const en: typeof fr = {
  messages: {
    nav: 'Messages',
    pageTitle: 'Messages',
    thread: 'Your conversation with the agency',
    empty: 'No messages yet: ask the agency your question below.',
    older: 'Earlier messages',
    about: 'About: {{title}} ({{city}})',
    aboutProperty: 'Question about: {{title}}',
    detach: 'Remove the property',
    you: 'You',
    household: 'Your co-buyer',
    yourMessage: 'Your message',
    send: 'Send',
    sending: 'Sending…',
    invalid: 'Invalid message.',
    readOnly: 'Preview: sending messages is turned off.',
    ask: 'Ask a question',
    unreadCount_one: '{{count}} unread message',
    unreadCount_other: '{{count}} unread messages',
  },
};

export const messagesText = { fr, en };
