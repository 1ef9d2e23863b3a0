import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { clientDisplayName, clientSearchFields } from '@portail/shared';
import { db } from '../admin.js';
import type { ClientRecord } from './records.js';

const PAGE = 400;

/**
 * After a client is written: its search keywords and sort key follow its names, e-mails and phone
 * (staff edit those directly, under the rules), and its cards carry its name and sharing list for
 * the pipeline board (a collection-group query the rules check against `sharedWith`). Writes only
 * what differs, so its own writes end the loop.
 */
export const syncClientCopies = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}',
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const client = after.data() as ClientRecord & { keywords?: string[]; sortKey?: string };
    const fields = clientSearchFields(client);
    if (
      client.sortKey !== fields.sortKey ||
      JSON.stringify(client.keywords ?? []) !== JSON.stringify(fields.keywords)
    ) {
      await after.ref.update(fields);
    }
    const name = clientDisplayName(client);
    const sharedWith = client.sharedWith ?? [];
    const before = event.data?.before.data() as ClientRecord | undefined;
    if (
      before &&
      clientDisplayName(before) === name &&
      JSON.stringify(before.sharedWith ?? []) === JSON.stringify(sharedWith)
    ) {
      return;
    }
    let last: FirebaseFirestore.QueryDocumentSnapshot | undefined;
    for (;;) {
      let query = after.ref.collection('assignments').orderBy('__name__').limit(PAGE);
      if (last) query = query.startAfter(last);
      const page = await query.get();
      const batch = db.batch();
      let changes = 0;
      for (const card of page.docs) {
        if (
          card.get('clientName') === name &&
          JSON.stringify(card.get('sharedWith') ?? []) === JSON.stringify(sharedWith)
        ) {
          continue;
        }
        batch.update(card.ref, { clientName: name, sharedWith });
        changes++;
      }
      if (changes > 0) await batch.commit();
      if (page.size < PAGE) return;
      last = page.docs.at(-1);
    }
  },
);
