import { z } from 'zod';
import { messageAttachmentSchema, type MessageAttachment } from '../documents/attachment.js';

/** How long a message may be; firestore.rules (`validMessage`) says the same. */
export const MESSAGE_MAX_CHARS = 5000;
/** The newest messages a conversation opens with; older ones come a page at a time on scroll. */
export const MESSAGES_PAGE_SIZE = 30;
/** The part of the last message the conversations list shows. */
export const MESSAGE_PREVIEW_CHARS = 140;

/**
 * What a member or a client types: checked in the apps, enforced again by the rules. A message
 * carrying a file may have no text.
 */
export const messageInput = z
  .object({
    text: z
      .string({ error: 'Écrivez votre message.' })
      .trim()
      .max(MESSAGE_MAX_CHARS, { error: 'Un message fait 5 000 caractères au plus.' }),
    propertyId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Bien inconnu.' })
      .nullable()
      .default(null),
    attachment: messageAttachmentSchema.nullable().default(null),
  })
  .refine((input) => input.text.length > 0 || input.attachment !== null, {
    error: 'Écrivez votre message.',
    path: ['text'],
  });
export type MessageInput = z.infer<typeof messageInput>;

/** The property a message is about, as the message trigger copied it from the client's card. */
export interface MessageProperty {
  title: string;
  city: string;
}

/**
 * `tenants/{t}/clients/{c}/messages/{id}`. The author writes the first six fields (the rules
 * check them); the `countMessage` trigger adds `property` and `countedAt` once it has counted it.
 */
export interface MessageRecord {
  authorUid: string;
  fromClient: boolean;
  text: string;
  propertyId: string | null;
  /** A file of the space's documents (absent on messages without one). */
  attachment?: MessageAttachment | null;
  createdAt: Date;
  /** null: no property, or one the client's space does not hold (nothing is shown). */
  property?: MessageProperty | null;
}

/** One line of the last message, for the conversations list and the client document. */
export function messagePreview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MESSAGE_PREVIEW_CHARS
    ? line
    : `${line.slice(0, MESSAGE_PREVIEW_CHARS - 1).trimEnd()}…`;
}

/**
 * The conversation fields of a client document, kept by the trigger so that neither side counts
 * messages to show a badge: staff reset `unreadForStaff` when they open the conversation.
 */
export interface ConversationSummary {
  lastMessageAt: Date | null;
  lastMessagePreview: string;
  lastMessageFromClient: boolean;
  unreadForStaff: number;
}

/** `tenants/{t}/clients/{c}/readState/{uid}`: one login's unread count (a couple reads apart). */
export interface ReadState {
  unread: number;
  readAt: Date | null;
}
