import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  collection,
  getCountFromServer,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type Query,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import {
  clientListPlan,
  clientMatchesPage,
  type ClientListPlan,
  type ClientListRequest,
} from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { readClientRow, type ClientRow } from './clientRow.js';

export type { ClientRow } from './clientRow.js';

/** Every client query of the tenant lives under this key: mutations invalidate it. */
export const clientsKey = (tenantId: string) => ['clients', tenantId];

export type ClientCursor = QueryDocumentSnapshot;

export interface ClientPage {
  rows: ClientRow[];
  /** Where the next page starts, or null when this one is the last. */
  next: ClientCursor | null;
}

/**
 * A page whose words are checked on the documents read (a shared-only collaborator's search, or
 * a search of several words) may need several reads to fill; this bounds them, and the pager
 * then offers the rest.
 */
const MAX_READS_PER_PAGE = 10;

function planQuery(tenantId: string, plan: ClientListPlan): Query {
  return query(
    collection(db, 'tenants', tenantId, 'clients'),
    ...plan.filters.map(([field, op, value]) => where(field, op, value)),
    orderBy(plan.orderBy),
  );
}

/**
 * One page of clients after `after`: `pageSize` documents read (one more tells whether another
 * page follows), or, while words are checked on the page, reads until the page is full.
 */
export async function fetchClientPage(
  tenantId: string,
  plan: ClientListPlan,
  pageSize: number,
  after: ClientCursor | null,
): Promise<ClientPage> {
  const base = planQuery(tenantId, plan);
  const rows: ClientRow[] = [];
  let cursor = after;
  for (let read = 0; read < MAX_READS_PER_PAGE; read++) {
    const chunk = await getDocs(
      query(base, ...(cursor ? [startAfter(cursor)] : []), limit(pageSize + 1)),
    );
    for (const doc of chunk.docs) {
      if (rows.length === pageSize) return { rows, next: cursor };
      cursor = doc;
      const row = readClientRow(doc.id, doc.data());
      if (clientMatchesPage(row, plan)) rows.push(row);
    }
    if (chunk.size <= pageSize) return { rows, next: null };
  }
  return { rows, next: cursor };
}

/** How many clients the server filters keep; null when words are checked on the page. */
export async function countClients(tenantId: string, plan: ClientListPlan): Promise<number | null> {
  if (plan.pageWords.length > 0) return null;
  const { filters } = plan;
  const counted = query(
    collection(db, 'tenants', tenantId, 'clients'),
    ...filters.map(([field, op, value]) => where(field, op, value)),
  );
  return (await getCountFromServer(counted)).data().count;
}

/**
 * Whom the signed-in member may list: everyone, or, for a collaborator of a tenant that shows
 * collaborators only their shared clients, those shared with them (the rules refuse a query that
 * does not say so). Also the tenant's rows per page.
 */
export function useClientListScope() {
  const { user, claims } = useSignedIn();
  const settings = useTenantSettings();
  const scoped =
    claims.role === 'collaborator' && settings.data?.collaboratorsSeeSharedOnly === true;
  return {
    ready: settings.isFetched,
    sharedWithUid: scoped ? user.uid : null,
    pageSize: settings.data?.rowsPerPage ?? 25,
  };
}

export type ClientListFilters = Omit<ClientListRequest, 'sharedWithUid'>;

export function useClientPage(
  filters: ClientListFilters,
  cursor: ClientCursor | null,
  pageIndex: number,
) {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  const plan = clientListPlan({ ...filters, sharedWithUid: scope.sharedWithUid });
  return useQuery({
    queryKey: [...clientsKey(tenantId), 'page', plan, scope.pageSize, pageIndex, cursor?.id ?? ''],
    queryFn: () => fetchClientPage(tenantId, plan, scope.pageSize, cursor),
    enabled: scope.ready,
    placeholderData: keepPreviousData,
  });
}

export function useClientCount(filters: ClientListFilters) {
  const { tenantId } = useTenant();
  const scope = useClientListScope();
  const plan = clientListPlan({ ...filters, sharedWithUid: scope.sharedWithUid });
  return useQuery({
    queryKey: [...clientsKey(tenantId), 'count', plan],
    queryFn: () => countClients(tenantId, plan),
    enabled: scope.ready,
    placeholderData: keepPreviousData,
  });
}
