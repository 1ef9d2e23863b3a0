// The messages feature's texts, merged into the app's by main.tsx (keys under `messages.`).
const fr = {
  messages: {
    nav: 'Conversations',
    pageTitle: 'Conversations',
    title: 'Conversation',
    thread: 'Messages',
    empty: 'Aucun message pour l’instant.',
    none: 'Aucune conversation pour l’instant : les messages de vos clients apparaîtront ici.',
    older: 'Messages précédents',
    more: 'Voir plus',
    about: 'À propos de : {{title}} ({{city}})',
    you: 'Vous',
    agency: 'L’agence',
    unnamed: 'Client sans nom',
    yourMessage: 'Votre message',
    send: 'Envoyer',
    sending: 'Envoi…',
    invalid: 'Message invalide.',
    unread_one: '{{count}} non lu',
    unread_other: '{{count}} non lus',
    unreadConversations_one: '{{count}} conversation attend une réponse',
    unreadConversations_other: '{{count}} conversations attendent une réponse',
  },
};

const en: typeof fr = {
  messages: {
    nav: 'Conversations',
    pageTitle: 'Conversations',
    title: 'Conversation',
    thread: 'Messages',
    empty: 'No messages yet.',
    none: 'No conversations yet: your clients’ messages will show here.',
    older: 'Earlier messages',
    more: 'Show more',
    about: 'About: {{title}} ({{city}})',
    you: 'You',
    agency: 'The agency',
    unnamed: 'Unnamed client',
    yourMessage: 'Your message',
    send: 'Send',
    sending: 'Sending…',
    invalid: 'Invalid message.',
    unread_one: '{{count}} unread',
    unread_other: '{{count}} unread',
    unreadConversations_one: '{{count}} conversation awaits a reply',
    unreadConversations_other: '{{count}} conversations await a reply',
  },
};

export const messagesText = { fr, en };
