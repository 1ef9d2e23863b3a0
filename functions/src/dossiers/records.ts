import { HttpsError } from 'firebase-functions/v2/https';
import { clientDisplayName, type DossierRecord } from '@portail/shared';
import { db } from '../admin.js';
import type { StaffCaller } from '../common/guards.js';
import { loadClientForStaff, type ClientRecord } from '../clients/records.js';

export const dossierPath = (tenantId: string, dossierId: string) =>
  `tenants/${tenantId}/dossiers/${dossierId}`;

export const dossierNotFound = () => new HttpsError('not-found', 'Dossier introuvable.');

/** The dossiers' sub-collections, removed with the dossier. */
export const dossierSubcollections = ['history', 'fileStats', 'guests'] as const;

export interface StaffDossier {
  ref: FirebaseFirestore.DocumentReference;
  dossier: DossierRecord;
  client: ClientRecord;
}

/**
 * A dossier of the caller's tenant whose client the caller may see (as `staffOnClient` in the
 * rules): missing and hidden read the same, not found.
 */
export async function loadDossierForStaff(
  caller: StaffCaller,
  dossierId: string,
): Promise<StaffDossier> {
  const ref = db.doc(dossierPath(caller.tenantId, dossierId));
  const snapshot = await ref.get();
  if (!snapshot.exists) throw dossierNotFound();
  const dossier = snapshot.data() as DossierRecord;
  const client = await loadClientForStaff(caller, dossier.clientId).catch(() => {
    throw dossierNotFound();
  });
  return { ref, dossier, client };
}

export const clientNameOf = (client: Pick<ClientRecord, 'firstName' | 'lastName'>) =>
  clientDisplayName(client);
