import { useMutation } from '@tanstack/react-query';
import {
  collection,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import type {
  InboxEntryRecord,
  InboxStatus,
  ListingPortal,
  ListingPropertyResult,
} from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callAggregator } from './callAggregator.js';

export const inboxSorts = ['newest', 'priceAsc', 'priceDesc'] as const;
export type InboxSort = (typeof inboxSorts)[number];

export interface InboxFilters {
  status: InboxStatus;
  searchId: string | null;
  portal: ListingPortal | null;
  sort: InboxSort;
}

export interface InboxRow extends InboxEntryRecord {
  id: string;
}

export interface InboxPage {
  rows: InboxRow[];
  last: QueryDocumentSnapshot | null;
  hasNext: boolean;
}

const sortOrders: Record<InboxSort, QueryConstraint> = {
  newest: orderBy('firstSeenAt', 'desc'),
  priceAsc: orderBy('price', 'asc'),
  priceDesc: orderBy('price', 'desc'),
};

/**
 * One page of the inbox (A3), live. One `array-contains` per query: the search when one is
 * chosen (the portal is then checked on the page read), else the portal.
 */
export function useInboxPage(
  filters: InboxFilters,
  pageSize: number,
  after: QueryDocumentSnapshot | null,
) {
  const { tenantId } = useTenant();
  const constraints: QueryConstraint[] = [where('status', '==', filters.status)];
  if (filters.searchId) constraints.push(where('searchIds', 'array-contains', filters.searchId));
  else if (filters.portal) constraints.push(where('portals', 'array-contains', filters.portal));
  constraints.push(sortOrders[filters.sort]);
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(pageSize + 1));
  return useLiveQuery<InboxPage>(
    ['aggregator-inbox', tenantId, filters, pageSize, after?.id ?? null],
    query(collection(db, 'tenants', tenantId, 'inbox'), ...constraints),
    (snapshot: QuerySnapshot) => {
      const docs = snapshot.docs.slice(0, pageSize);
      const rows = docs
        .map((doc) => ({ ...(doc.data() as InboxEntryRecord), id: doc.id }))
        .filter(
          (row) => !filters.searchId || !filters.portal || row.portals.includes(filters.portal),
        );
      return { rows, last: docs.at(-1) ?? null, hasNext: snapshot.docs.length > pageSize };
    },
  );
}

export function useDismissEntry() {
  return useMutation({
    mutationFn: (entryId: string) => callAggregator('dismissInboxEntry', { entryId }),
  });
}

/**
 * `onCreated` is the hook's own callback: the entry leaves the "new" page as soon as it is
 * assigned, often before the answer arrives, and a callback given to `mutate` would be lost with
 * the unmounted card.
 */
export function useCreatePropertyFromEntry(onCreated: (result: ListingPropertyResult) => void) {
  return useMutation({
    mutationFn: (entryId: string) =>
      callAggregator<ListingPropertyResult>('createPropertyFromInbox', { entryId }),
    onSuccess: onCreated,
  });
}

export function useImportListing() {
  return useMutation({
    mutationFn: (url: string) =>
      callAggregator<ListingPropertyResult>('importListingByUrl', { url }),
  });
}
