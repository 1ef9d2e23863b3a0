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
import { matchesOthers, searchTerms, type PropertyRecord } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import type { PropertyFilters, PropertySort } from '../propertyFilters.js';

export interface PropertyRow extends PropertyRecord {
  id: string;
}

export interface PropertyPage {
  rows: PropertyRow[];
  /** Where the next page starts: the last document read (not shown: see the search words). */
  last: QueryDocumentSnapshot | null;
  hasNext: boolean;
}

export const propertiesKey = (tenantId: string) => ['properties', tenantId];

const sortOrders: Record<PropertySort, QueryConstraint> = {
  newest: orderBy('createdAt', 'desc'),
  priceAsc: orderBy('price', 'asc'),
  priceDesc: orderBy('price', 'desc'),
  surfaceDesc: orderBy('surface', 'desc'),
};

export function toPropertyRow(snapshot: QueryDocumentSnapshot): PropertyRow {
  const data = snapshot.data() as Partial<PropertyRecord>;
  return { ...(data as PropertyRecord), photos: data.photos ?? [], id: snapshot.id };
}

/**
 * One page of the agency's properties (H2). Every query carries the same four range filters,
 * with neutral bounds when a filter is empty (price 0 to MAX_PRICE, surface and rooms from 0),
 * so that one set of composite indexes (sort × type? × keyword?) serves every combination of
 * filters instead of one index per combination. One document more than the page is read to know
 * whether a next page exists. A search is one `array-contains` on the most telling word; the
 * other words are checked on the documents read.
 */
export async function fetchPropertiesPage(
  tenantId: string,
  filters: PropertyFilters,
  pageSize: number,
  after: QueryDocumentSnapshot | null,
): Promise<PropertyPage> {
  const terms = searchTerms(filters.search);
  const constraints: QueryConstraint[] = [
    where('price', '>=', filters.priceMin),
    where('price', '<=', filters.priceMax),
    where('surface', '>=', filters.surfaceMin),
    where('rooms', '>=', filters.roomsMin),
  ];
  if (terms) constraints.push(where('keywords', 'array-contains', terms.keyword));
  if (filters.type) constraints.push(where('type', '==', filters.type));
  constraints.push(sortOrders[filters.sort]);
  if (after) constraints.push(startAfter(after));
  constraints.push(limit(pageSize + 1));
  const snapshot = await getDocs(
    query(collection(db, 'tenants', tenantId, 'properties'), ...constraints),
  );
  const docs = snapshot.docs.slice(0, pageSize);
  const rows = docs
    .map(toPropertyRow)
    .filter((row) => !terms || matchesOthers(row.keywords ?? [], terms.others));
  return { rows, last: docs.at(-1) ?? null, hasNext: snapshot.docs.length > pageSize };
}

export function usePropertiesPage(
  filters: PropertyFilters,
  pageSize: number,
  after: QueryDocumentSnapshot | null,
  enabled: boolean,
) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: [...propertiesKey(tenantId), 'page', filters, pageSize, after?.id ?? null],
    queryFn: () => fetchPropertiesPage(tenantId, filters, pageSize, after),
    placeholderData: keepPreviousData,
    enabled,
  });
}
