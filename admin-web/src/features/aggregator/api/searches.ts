import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  collection,
  limit,
  orderBy,
  query,
  startAfter,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import type { RunSearchResult, SaveSearchInput, SavedSearchRecord } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callAggregator } from './callAggregator.js';

export interface SearchRow extends SavedSearchRecord {
  id: string;
}

export interface SearchPage {
  rows: SearchRow[];
  last: QueryDocumentSnapshot | null;
  hasNext: boolean;
}

export const searchesKey = (tenantId: string) => ['aggregator-searches', tenantId];

/** One page of the saved searches (A1), live: the runs' results appear as they land. */
export function useSearchesPage(pageSize: number, after: QueryDocumentSnapshot | null) {
  const { tenantId } = useTenant();
  const source = query(
    collection(db, 'tenants', tenantId, 'searches'),
    orderBy('createdAt', 'desc'),
    ...(after ? [startAfter(after)] : []),
    limit(pageSize + 1),
  );
  return useLiveQuery<SearchPage>(
    [...searchesKey(tenantId), pageSize, after?.id ?? null],
    source,
    (snapshot: QuerySnapshot) => {
      const docs = snapshot.docs.slice(0, pageSize);
      return {
        rows: docs.map((doc) => ({ ...(doc.data() as SavedSearchRecord), id: doc.id })),
        last: docs.at(-1) ?? null,
        hasNext: snapshot.docs.length > pageSize,
      };
    },
  );
}

export function useSaveSearch() {
  return useMutation({
    mutationFn: (input: SaveSearchInput) =>
      callAggregator<{ searchId: string }>('saveSearch', input),
  });
}

export function useDeleteSearch() {
  const { tenantId } = useTenant();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (searchId: string) => callAggregator('deleteSearch', { searchId }),
    onSuccess: () => client.invalidateQueries({ queryKey: searchesKey(tenantId) }),
  });
}

export function useRunSearchNow() {
  return useMutation({
    mutationFn: (searchId: string) => callAggregator<RunSearchResult>('runSearchNow', { searchId }),
  });
}
