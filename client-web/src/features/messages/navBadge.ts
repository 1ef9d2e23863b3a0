import { lazy } from 'react';

/** This login's unread count beside « Messages », live, as its own chunk (it brings Firestore). */
export const MessagesNavBadge = lazy(() =>
  import('./components/UnreadBadge.js').then((module) => ({ default: module.UnreadBadge })),
);
