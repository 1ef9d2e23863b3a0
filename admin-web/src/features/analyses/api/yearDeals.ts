import {
  collection,
  limit,
  query,
  where,
  type QueryConstraint,
  type QuerySnapshot,
} from 'firebase/firestore';
import { useMemo } from 'react';
import { dealFeeSchema, type DealRecord, type PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';

/** One deal of the year as the page uses it: dates in epoch milliseconds. */
export type YearDeal = Pick<
  DealRecord,
  | 'clientId'
  | 'propertyId'
  | 'clientName'
  | 'propertyTitle'
  | 'sharedWith'
  | 'stage'
  | 'dates'
  | 'fee'
> & { id: string };

/**
 * A hunting agency closes tens of deals a year, not thousands: past this the page says the year
 * is cut rather than reading on.
 */
export const YEAR_DEALS_BOUND = 2000;

function millis(value: unknown): number | undefined {
  const timestamp = value as { toMillis?: () => number } | null;
  return typeof timestamp?.toMillis === 'function' ? timestamp.toMillis() : undefined;
}

function readDeals(snapshot: QuerySnapshot): YearDeal[] {
  return snapshot.docs.map((deal) => {
    const data = deal.data();
    const rawDates = (data.dates ?? {}) as Record<string, unknown>;
    const dates: YearDeal['dates'] = {};
    for (const [key, value] of Object.entries(rawDates)) {
      const at = millis(value);
      if (at !== undefined) dates[key as keyof YearDeal['dates']] = at;
    }
    const fee = dealFeeSchema.safeParse(data.fee);
    return {
      id: deal.id,
      clientId: String(data.clientId ?? ''),
      propertyId: String(data.propertyId ?? ''),
      clientName: String(data.clientName ?? ''),
      propertyTitle: String(data.propertyTitle ?? ''),
      sharedWith: Array.isArray(data.sharedWith) ? (data.sharedWith as string[]) : [],
      stage: data.stage as PipelineStage,
      dates,
      fee: fee.success ? fee.data : null,
    };
  });
}

/**
 * The deals whose money falls in `year` (the triggers keep `cashYear`), followed live so a fee
 * or a move shows at once: one query, whatever the number of clients. A collaborator who sees
 * only shared clients must name themselves (`sharedOnlyUid`), as the rules require.
 */
export function useYearDeals(year: number, sharedOnlyUid: string | null, enabled: boolean) {
  const { tenantId } = useTenant();
  const source = useMemo(() => {
    if (!enabled) return null;
    const constraints: QueryConstraint[] = [where('cashYear', '==', year)];
    if (sharedOnlyUid) constraints.push(where('sharedWith', 'array-contains', sharedOnlyUid));
    return query(
      collection(db, 'tenants', tenantId, 'deals'),
      ...constraints,
      limit(YEAR_DEALS_BOUND),
    );
  }, [tenantId, year, sharedOnlyUid, enabled]);
  return useLiveQuery<YearDeal[]>(
    ['analyses', tenantId, 'deals', year, sharedOnlyUid ?? '*'],
    source,
    readDeals,
  );
}
