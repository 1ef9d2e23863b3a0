import type { EmailEvent } from '../outbox/events.js';

/** How many of the latest items the bell's panel lists. */
export const BELL_PANEL_SIZE = 20;

/**
 * `tenants/{t}/bell/{uid}`: the person's count of items arrived since they last opened the
 * panel, kept by the notification triggers in the same transaction as each item.
 */
export interface BellCounter {
  unread: number;
}

/**
 * `tenants/{t}/bell/{uid}/items/{id}`: one in-app notification, written by functions with the
 * id of the matching e-mail entry, so a redelivered event rings once. Its owner only sets
 * `readAt`.
 */
export interface BellItem {
  event: EmailEvent;
  title: string;
  /** A route of the recipient's own app (`/biens/p1`), never a full URL. */
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** Only routes of the app itself: an item must never send its reader to another site. */
export const isAppRoute = (link: unknown): link is string =>
  typeof link === 'string' && /^\/(?!\/)[^\s\\]*$/.test(link);
