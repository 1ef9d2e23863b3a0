import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getCountFromServer } from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import { filterKey, stageQuery, type BoardFilter } from './stageColumn.js';

export const countsKey = (tenantId: string) => ['pipeline', tenantId, 'count'];

/** How many cards a stage holds: an aggregation, so the column need not read them all. */
export async function fetchStageCount(
  tenantId: string,
  stage: PipelineStage,
  filter: BoardFilter,
): Promise<number> {
  const snapshot = await getCountFromServer(stageQuery(tenantId, stage, filter));
  return snapshot.data().count;
}

/**
 * The count of a stage, asked again whenever `version` changes: the column passes what its live
 * page shows, so the count follows the snapshot. The previous number stays while the next loads.
 */
export function useStageCount(
  stage: PipelineStage,
  filter: BoardFilter,
  version: string,
  enabled: boolean,
) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: [...countsKey(tenantId), stage, ...filterKey(filter), version],
    queryFn: () => fetchStageCount(tenantId, stage, filter),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
