import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { messagePreview, type MessageProperty } from '@portail/shared';
import { db } from '../admin.js';

/**
 * A new message (H7, C3) updates the conversation's counters so that no screen counts messages:
 * the client document's `unreadForStaff` (a client wrote) and last-message fields (the hunter's
 * conversations list sorts on them), and `readState/{uid}.unread` of every login of the space but
 * the author (each person of a couple reads apart). It also copies the title of the property the
 * message is about from the space's own card: the author cannot forge it, and a property the
 * space does not hold (or a draft, for a client) is shown as none.
 *
 * Triggers come at least once: `countedAt` on the message, set in the same transaction as the
 * increments, makes a second delivery change nothing.
 */
export const countMessage = onDocumentCreated(
  'tenants/{tenantId}/clients/{clientId}/messages/{messageId}',
  async (event) => {
    const created = event.data;
    if (!created) return;
    const messageRef = created.ref;
    const clientRef = messageRef.parent.parent;
    if (!clientRef) return;
    await db.runTransaction(async (tx) => {
      const message = await tx.get(messageRef);
      if (!message.exists || message.get('countedAt') != null) return;
      const client = await tx.get(clientRef);
      if (!client.exists) return;
      const fromClient = message.get('fromClient') === true;
      const authorUid = message.get('authorUid') as string;
      const propertyId = message.get('propertyId') as string | null | undefined;
      let property: MessageProperty | null = null;
      if (propertyId) {
        const card = await tx.get(clientRef.collection('assignments').doc(propertyId));
        // A client only ever sees published cards; staff may point at a draft.
        if (card.exists && (!fromClient || card.get('published') === true)) {
          property = {
            title: String(card.get('property.title') ?? ''),
            city: String(card.get('property.city') ?? ''),
          };
        }
      }
      const createdAt = (message.get('createdAt') as Timestamp | null) ?? Timestamp.now();
      tx.update(messageRef, { property, countedAt: FieldValue.serverTimestamp() });
      // Seeded or legacy data may hold something else than a Timestamp: treat it as absent.
      const previousAt: unknown = client.get('lastMessageAt');
      const previous = previousAt instanceof Timestamp ? previousAt : undefined;
      tx.update(clientRef, {
        // Deliveries may come out of order: the summary keeps the newest message.
        ...(!previous || previous.toMillis() <= createdAt.toMillis()
          ? {
              lastMessageAt: createdAt,
              lastMessagePreview: messagePreview(
                String(message.get('text') || message.get('attachment.fileName') || ''),
              ),
              lastMessageFromClient: fromClient,
            }
          : {}),
        ...(fromClient ? { unreadForStaff: FieldValue.increment(1) } : {}),
      });
      const logins = (client.get('loginUids') as string[] | undefined) ?? [];
      for (const uid of logins) {
        if (uid === authorUid) continue;
        tx.set(
          clientRef.collection('readState').doc(uid),
          { unread: FieldValue.increment(1) },
          { merge: true },
        );
      }
    });
  },
);
