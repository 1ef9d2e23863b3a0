import { doc, type DocumentSnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { readDossier, type DossierRow } from './dossierRow.js';

/** A dossier followed live (its files, download state, payment); null once it is gone. */
export function useDossier(dossierId: string | null) {
  const { tenantId } = useTenant();
  return useLiveQuery<DossierRow | null, DocumentSnapshot>(
    ['dossiers', tenantId, 'one', dossierId],
    dossierId ? doc(db, 'tenants', tenantId, 'dossiers', dossierId) : null,
    (snapshot) => (snapshot.exists() ? readDossier(snapshot.id, snapshot.data()) : null),
  );
}
