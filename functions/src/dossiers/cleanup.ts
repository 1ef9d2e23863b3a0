import { onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { dossierFilesPrefix } from '@portail/shared';
import { db } from '../admin.js';
import { defaultBucket } from '../storage.js';
import { dossierSubcollections } from './records.js';

/**
 * However a dossier goes (staff delete it under the rules, or its client is deleted), its files,
 * counters, history and guest links go with it: nothing of it is left to serve or to leak.
 */
export const removeDossierData = onDocumentDeleted(
  'tenants/{tenantId}/dossiers/{dossierId}',
  async (event) => {
    const { tenantId, dossierId } = event.params;
    await defaultBucket().deleteFiles({
      prefix: dossierFilesPrefix(tenantId, dossierId),
      force: true,
    });
    const ref = db.doc(`tenants/${tenantId}/dossiers/${dossierId}`);
    for (const name of dossierSubcollections) await db.recursiveDelete(ref.collection(name));
    const links = await db
      .collection('guestLinks')
      .where('tenantId', '==', tenantId)
      .where('dossierId', '==', dossierId)
      .get();
    await Promise.all(links.docs.map((link) => link.ref.delete()));
  },
);
