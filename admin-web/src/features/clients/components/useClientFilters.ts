import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { clientStatusFilters, type ClientStatusFilter } from '@portail/shared';
import type { ClientListFilters } from '../api/listClients.js';

const SEARCH_DELAY_MS = 250;

/**
 * The list's filters, kept in the address (`?q=…&statut=…&suppressions=1`) so that coming back
 * from a client file, or sharing the link, finds the same list. The search box answers at once;
 * the query follows once typing pauses.
 */
export function useClientFilters(manager: boolean) {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const [typed, setTyped] = useState(() => params.get('q') ?? '');
  const search = params.get('q') ?? '';
  const statusParam = params.get('statut');
  const status: ClientStatusFilter =
    clientStatusFilters.find((value) => value === statusParam) ?? 'all';
  // Only admins decide on deletion requests; the filter means nothing to a collaborator.
  const deletionRequested = manager && params.get('suppressions') === '1';

  function update(changes: Record<string, string | null>) {
    // From the address itself: the router's `current` is the one of the render that scheduled
    // the change, so a search settling after a status was picked would undo the status.
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  useEffect(() => {
    if (typed.trim() === search) return;
    const timer = setTimeout(() => {
      // A link followed while typing paused: the search must not pull the page back.
      if (window.location.pathname !== pathname) return;
      update({ q: typed.trim() || null });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // `update` only wraps setParams, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed, search, pathname]);

  const filters: ClientListFilters = { search, status, deletionRequested };
  return {
    filters,
    typed,
    setTyped,
    setStatus: (value: ClientStatusFilter) => update({ statut: value === 'all' ? null : value }),
    setDeletionRequested: (value: boolean) => update({ suppressions: value ? '1' : null }),
  };
}
