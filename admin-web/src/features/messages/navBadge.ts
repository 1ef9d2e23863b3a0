import { lazy } from 'react';

/** The nav's unread count as its own chunk: it brings Firestore, which the sign-in page must not. */
export const MessagesNavBadge = lazy(() =>
  import('./components/NavUnreadBadge.js').then((module) => ({ default: module.NavUnreadBadge })),
);
