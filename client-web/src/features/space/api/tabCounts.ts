import { useQuery } from '@tanstack/react-query';
import { collection, getCountFromServer, query, where } from 'firebase/firestore';
import { clientTabIds, clientTabs, type ClientTab } from '@portail/shared';
import { db } from '@portail/web/data';
import { useSpaceIds } from './spaceIds.js';

export type TabCounts = Record<ClientTab, number>;

export const tabCountsKey = (tenantId: string, clientId: string) =>
  ['tenants', tenantId, 'clients', clientId, 'assignments', 'tabCounts'] as const;

/**
 * How many published cards each tab holds: one aggregation query per tab (billed one read per
 * 1,000 cards counted), never the documents themselves.
 * Index: assignments (collection) published ==, stage in.
 */
export async function fetchTabCounts(tenantId: string, clientId: string): Promise<TabCounts> {
  const assignments = collection(db, 'tenants', tenantId, 'clients', clientId, 'assignments');
  const counts = await Promise.all(
    clientTabIds.map(async (tab) => {
      const snapshot = await getCountFromServer(
        query(
          assignments,
          where('published', '==', true),
          where('stage', 'in', [...clientTabs[tab]]),
        ),
      );
      return [tab, snapshot.data().count] as const;
    }),
  );
  return Object.fromEntries(counts) as TabCounts;
}

/** Refreshed every minute, and by the space page whenever the shown tab changes. */
export function useTabCounts() {
  const { tenantId, clientId } = useSpaceIds();
  return useQuery({
    queryKey: tabCountsKey(tenantId, clientId),
    queryFn: () => fetchTabCounts(tenantId, clientId),
    enabled: clientId !== '',
    refetchInterval: 60_000,
  });
}
