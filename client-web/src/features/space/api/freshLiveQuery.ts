import { useEffect, useState } from 'react';
import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { DocumentReference, Query, QuerySnapshot } from 'firebase/firestore';
import { useLiveQuery } from '@portail/web/data';

let mounts = 0;

/**
 * A key part unique to this mount of a screen. `useLiveQuery` keeps its value fresh only while
 * its listener runs, and with `staleTime: Infinity` a screen opened again would show the value
 * the cache kept from its last visit (a card the client has moved since) until the next change:
 * a fresh key per mount makes every visit wait for the listener's first answer.
 */
export function useMountKey(): number {
  const [key] = useState(() => ++mounts);
  return key;
}

/**
 * `useLiveQuery`, made to answer under React's StrictMode too. There effects run, are cleaned up
 * and run again on mount: the query function awaits the first listener's first snapshot, that
 * listener is closed before it comes, and the second listener's first snapshot goes to nobody,
 * so the query stayed pending for good. Once the effects have settled (this effect runs after
 * `useLiveQuery`'s), a query still without a value drops that wait and asks the listener that
 * stays. Remove when liveQuery.ts writes every snapshot to the cache.
 */
export function useFreshLiveQuery<T>(
  queryKey: QueryKey,
  source: Query | DocumentReference | null,
  read: (snapshot: QuerySnapshot) => T,
) {
  const queryClient = useQueryClient();
  const live = useLiveQuery(queryKey, source, read);
  const { refetch } = live;
  const key = hashKey(queryKey);
  const listening = source !== null;
  useEffect(() => {
    if (!listening) return;
    const exact = { queryKey: JSON.parse(key) as QueryKey, exact: true };
    if (queryClient.getQueryState(exact.queryKey)?.data !== undefined) return;
    void queryClient.cancelQueries(exact).then(() => refetch());
  }, [queryClient, refetch, key, listening]);
  return live;
}
