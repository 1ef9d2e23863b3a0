import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import type { PublicSignInOptions } from '@portail/shared';
import { db } from '../admin.js';

/**
 * `config/settings` is for staff only, yet the signed-out sign-in page must know whether to offer
 * the e-mailed sign-in link (T5, T7): this copies the public part of the settings to
 * `tenants/{t}/public/signin`, which anyone may read. Triggers come at least once and in any
 * order, so it publishes the settings as they are now (read in the transaction that writes), not
 * as the event says: the last run always leaves the current value.
 */
export const publishSignInOptions = onDocumentWritten(
  'tenants/{tenantId}/config/settings',
  async (event) => {
    const { tenantId } = event.params;
    const settingsRef = db.doc(`tenants/${tenantId}/config/settings`);
    const publicRef = db.doc(`tenants/${tenantId}/public/signin`);
    await db.runTransaction(async (tx) => {
      const [settings, published] = await Promise.all([tx.get(settingsRef), tx.get(publicRef)]);
      const magicLink: PublicSignInOptions['magicLink'] =
        settings.exists && settings.get('magicLinkSignIn') === true;
      if (published.exists && published.get('magicLink') === magicLink) return;
      // Merged: the document also names the agency's Auth tenant, written at sign-up.
      tx.set(publicRef, { magicLink }, { merge: true });
    });
  },
);
