import { useQuery } from '@tanstack/react-query';
import {
  collection,
  collectionGroup,
  getAggregateFromServer,
  getCountFromServer,
  query,
  sum,
  where,
  type Query,
  type QueryConstraint,
} from 'firebase/firestore';
import { cashKeyOf, parisMonthOf } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';

/**
 * The dashboard's figures (H10), each one aggregation query answered by the server (a count or a
 * sum: one read per 1,000 documents matched, none downloaded), never a collection read. A
 * collaborator who sees only shared clients gets `sharedWith array-contains` on every query the
 * rules scope that way; the figures the rules cannot scope for them (properties are the agency's,
 * dossiers need a client named) are left out (null).
 */
export const dashboardFigures = [
  'activeClients',
  'properties',
  'visitsToPlan',
  'offersInProgress',
  'unreadMessages',
  'feesThisMonth',
  'unpaidDossiers',
] as const;
export type DashboardFigure = (typeof dashboardFigures)[number];

/** Amounts are in euros; the others are counts. */
export const euroFigures: ReadonlySet<DashboardFigure> = new Set([
  'feesThisMonth',
  'unpaidDossiers',
]);

function scoped(sharedOnlyUid: string | null): QueryConstraint[] {
  return sharedOnlyUid ? [where('sharedWith', 'array-contains', sharedOnlyUid)] : [];
}

async function count(source: Query): Promise<number> {
  return (await getCountFromServer(source)).data().count;
}

async function total(source: Query, field: string): Promise<number> {
  const answer = await getAggregateFromServer(source, { total: sum(field) });
  return answer.data().total ?? 0;
}

export async function fetchDashboardFigure(
  figure: DashboardFigure,
  tenantId: string,
  sharedOnlyUid: string | null,
  now: number = Date.now(),
): Promise<number | null> {
  const tenant = (name: string) => collection(db, 'tenants', tenantId, name);
  const cards = (stage: string) =>
    query(
      collectionGroup(db, 'assignments'),
      where('tenantId', '==', tenantId),
      where('stage', '==', stage),
      ...scoped(sharedOnlyUid),
    );
  switch (figure) {
    case 'activeClients':
      return count(
        query(tenant('clients'), where('status', '==', 'active'), ...scoped(sharedOnlyUid)),
      );
    case 'properties':
      return count(tenant('properties'));
    case 'visitsToPlan':
      return count(cards('toVisit'));
    case 'offersInProgress':
      return count(cards('offer'));
    case 'unreadMessages':
      // countMessage keeps `unreadForStaff` on each client document.
      return total(query(tenant('clients'), ...scoped(sharedOnlyUid)), 'unreadForStaff');
    case 'feesThisMonth': {
      const { year, month } = parisMonthOf(now);
      return total(
        query(
          tenant('deals'),
          where('cashKey', '==', cashKeyOf(year, month)),
          where('series', 'in', ['expected', 'invoiced']),
          ...scoped(sharedOnlyUid),
        ),
        'feeExclVat',
      );
    }
    case 'unpaidDossiers':
      if (sharedOnlyUid) return null;
      return total(query(tenant('dossiers'), where('paid', '==', false)), 'amount');
  }
}

/** One figure; the others load and fail on their own. */
export function useDashboardFigure(
  figure: DashboardFigure,
  sharedOnlyUid: string | null,
  enabled: boolean,
) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: ['dashboard', tenantId, figure, sharedOnlyUid ?? '*'],
    queryFn: () => fetchDashboardFigure(figure, tenantId, sharedOnlyUid),
    enabled,
    staleTime: 60_000,
    retry: false,
  });
}
