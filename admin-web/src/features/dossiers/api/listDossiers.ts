import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { matchesOthers, searchTerms, type DownloadState } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { readDossier, type DossierRow } from './dossierRow.js';

export const dossiersKey = (tenantId: string) => ['dossiers', tenantId];

export interface DossierFilters {
  search: string;
  clientId: string;
  paid: '' | 'paid' | 'unpaid';
  downloadState: '' | DownloadState;
}

export type DossierCursor = QueryDocumentSnapshot;

export interface DossierPage {
  rows: DossierRow[];
  next: DossierCursor | null;
}

const MAX_READS_PER_PAGE = 10;

/**
 * The query of a page: equality filters, the longest search word on the keywords, newest first.
 * Other words are checked on the documents read.
 */
export function dossierConstraints(filters: DossierFilters): {
  constraints: QueryConstraint[];
  others: string[];
} {
  const constraints: QueryConstraint[] = [];
  if (filters.clientId) constraints.push(where('clientId', '==', filters.clientId));
  if (filters.paid) constraints.push(where('paid', '==', filters.paid === 'paid'));
  if (filters.downloadState) constraints.push(where('downloadState', '==', filters.downloadState));
  const terms = searchTerms(filters.search);
  if (terms) constraints.push(where('keywords', 'array-contains', terms.keyword));
  constraints.push(orderBy('updatedAt', 'desc'));
  return { constraints, others: terms?.others ?? [] };
}

export async function fetchDossierPage(
  tenantId: string,
  filters: DossierFilters,
  pageSize: number,
  after: DossierCursor | null,
): Promise<DossierPage> {
  const { constraints, others } = dossierConstraints(filters);
  const base = query(collection(db, 'tenants', tenantId, 'dossiers'), ...constraints);
  const rows: DossierRow[] = [];
  let cursor = after;
  for (let read = 0; read < MAX_READS_PER_PAGE; read++) {
    const chunk = await getDocs(
      query(base, ...(cursor ? [startAfter(cursor)] : []), limit(pageSize + 1)),
    );
    for (const doc of chunk.docs) {
      if (rows.length === pageSize) return { rows, next: cursor };
      cursor = doc;
      const row = readDossier(doc.id, doc.data());
      if (matchesOthers(row.keywords, others)) rows.push(row);
    }
    if (chunk.size <= pageSize) return { rows, next: null };
  }
  return { rows, next: cursor };
}

/**
 * Whether the signed-in member must name a client to list dossiers: a collaborator of a tenant
 * that shows collaborators only their shared clients (the rules refuse a query that does not).
 */
export function useDossierScope() {
  const { claims } = useSignedIn();
  const settings = useTenantSettings();
  return {
    ready: settings.isFetched,
    mustPickClient:
      claims.role === 'collaborator' && settings.data?.collaboratorsSeeSharedOnly === true,
    pageSize: settings.data?.rowsPerPage ?? 25,
  };
}

export function useDossierPage(
  filters: DossierFilters,
  cursor: DossierCursor | null,
  pageIndex: number,
) {
  const { tenantId } = useTenant();
  const scope = useDossierScope();
  return useQuery({
    queryKey: [
      ...dossiersKey(tenantId),
      'page',
      filters,
      scope.pageSize,
      pageIndex,
      cursor?.id ?? '',
    ],
    queryFn: () => fetchDossierPage(tenantId, filters, scope.pageSize, cursor),
    enabled: scope.ready && (!scope.mustPickClient || filters.clientId !== ''),
    placeholderData: keepPreviousData,
  });
}
