import { collection, limit, orderBy, query } from 'firebase/firestore';
import type { DossierHistoryEntry } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { saveFromFunction } from './dossierCall.js';

/** The screen shows the latest downloads; the export has them all. */
const HISTORY_SHOWN = 50;

export type HistoryRow = Omit<DossierHistoryEntry, 'at'> & { id: string; at: number };

export function useDossierHistory(dossierId: string) {
  const { tenantId } = useTenant();
  return useLiveQuery(
    ['dossiers', tenantId, 'history', dossierId],
    query(
      collection(db, 'tenants', tenantId, 'dossiers', dossierId, 'history'),
      orderBy('at', 'desc'),
      limit(HISTORY_SHOWN),
    ),
    (snapshot) =>
      snapshot.docs.map((doc) => {
        const data = doc.data() as Omit<HistoryRow, 'id' | 'at'> & { at?: { toMillis(): number } };
        return { ...data, id: doc.id, at: data.at?.toMillis() ?? 0 };
      }),
  );
}

/** Download counts per file (one counter document per file). */
export function useFileStats(dossierId: string) {
  const { tenantId } = useTenant();
  return useLiveQuery(
    ['dossiers', tenantId, 'fileStats', dossierId],
    query(collection(db, 'tenants', tenantId, 'dossiers', dossierId, 'fileStats'), limit(100)),
    (snapshot) =>
      Object.fromEntries(snapshot.docs.map((doc) => [doc.id, Number(doc.get('downloads') ?? 0)])),
  );
}

export function exportHistory(dossierId: string, language: string) {
  const query = new URLSearchParams({ what: 'history', dossierId, language });
  return saveFromFunction(`exportDossiers?${query}`, 'historique.xlsx');
}

export function exportDossierList(filters: Record<string, string>, language: string) {
  const query = new URLSearchParams({ what: 'list', language });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return saveFromFunction(`exportDossiers?${query}`, 'dossiers.xlsx');
}
