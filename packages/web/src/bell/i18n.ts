/** The bell's words, added to the app's messages when its chunk loads. */
export const bellText = {
  fr: {
    bell: {
      open: 'Notifications',
      openUnread_one: 'Notifications, {{count}} nouvelle',
      openUnread_other: 'Notifications, {{count}} nouvelles',
      title: 'Notifications',
      close: 'Fermer',
      markAllRead: 'Tout marquer comme lu',
      empty: 'Aucune notification pour le moment.',
      unread: 'Non lue',
      loading: 'Chargement…',
      error: 'Les notifications n’ont pas pu être chargées.',
    },
  },
  en: {
    bell: {
      open: 'Notifications',
      openUnread_one: 'Notifications, {{count}} new',
      openUnread_other: 'Notifications, {{count}} new',
      title: 'Notifications',
      close: 'Close',
      markAllRead: 'Mark all as read',
      empty: 'No notifications yet.',
      unread: 'Unread',
      loading: 'Loading…',
      error: 'The notifications could not be loaded.',
    },
  },
};
