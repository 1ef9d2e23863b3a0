import { useQueryClient } from '@tanstack/react-query';
import {
  collection,
  limit,
  orderBy,
  query,
  where,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import { clientTabs, type ClientTab } from '@portail/shared';
import { db } from '@portail/web/data';
import { useFreshLiveQuery, useMountKey } from './freshLiveQuery.js';
import { readAssignment, type SpaceAssignment } from './readAssignment.js';
import { useSpaceIds } from './spaceIds.js';

/** Cards a tab shows at first, and how many more each "Voir plus" adds. */
export const TAB_PAGE_SIZE = 30;

/**
 * The cards of one tab, newest change first. `published == true` is what the rules demand of a
 * client's query: drafts never reach the client, and the app never asks for them.
 * Index: assignments (collection) published ==, stage in, updatedAt desc.
 */
export function tabAssignmentsQuery(
  tenantId: string,
  clientId: string,
  tab: ClientTab,
  max: number,
): Query {
  return query(
    collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments'),
    where('published', '==', true),
    where('stage', 'in', [...clientTabs[tab]]),
    orderBy('updatedAt', 'desc'),
    limit(max),
  );
}

function readCards(snapshot: QuerySnapshot): SpaceAssignment[] {
  return snapshot.docs.map((doc) =>
    readAssignment(doc.id, doc.data({ serverTimestamps: 'estimate' })),
  );
}

const tabKey = (tenantId: string, clientId: string, tab: ClientTab, max: number, mount: number) =>
  ['tenants', tenantId, 'clients', clientId, 'assignments', 'tab', tab, max, mount] as const;

/**
 * The active tab's cards, live. A card the client moves leaves its tab and enters the other at
 * once (the SDK applies its own write before the server answers, and undoes it if refused).
 * While "Voir plus" waits for the longer page, the shorter one stays on screen.
 */
export function useTabAssignments(tab: ClientTab, max: number) {
  const { tenantId, clientId } = useSpaceIds();
  const mount = useMountKey();
  const queryClient = useQueryClient();
  const live = useFreshLiveQuery(
    tabKey(tenantId, clientId, tab, max, mount),
    clientId ? tabAssignmentsQuery(tenantId, clientId, tab, max) : null,
    readCards,
  );
  const shorter =
    max > TAB_PAGE_SIZE
      ? queryClient.getQueryData<SpaceAssignment[]>(
          tabKey(tenantId, clientId, tab, max - TAB_PAGE_SIZE, mount),
        )
      : undefined;
  const cards = live.data ?? shorter;
  return {
    cards,
    loadingMore: live.data === undefined && shorter !== undefined,
    hasMore: live.data !== undefined && live.data.length >= max,
    error: live.error,
    /** Changes with each snapshot: the counts refresh on it. */
    updatedAt: live.dataUpdatedAt,
  };
}
