import {
  collectionGroup,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type Query,
  type QueryConstraint,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { assignmentConverter, clientAssignments, type AssignmentCard } from './assignmentCard.js';
import { useMounted } from './useMounted.js';

/** What the board shows: every client, or one; every collaborator's clients, or one's. */
export interface BoardFilter {
  clientId: string | null;
  /** Only the cards of clients shared with this collaborator (`sharedWith array-contains`). */
  collaboratorUid: string | null;
}

/** Cards read per column and page: the board never reads a stage whole. */
export const COLUMN_PAGE = 20;

/**
 * The cards of one stage, newest change first, without paging. Across clients it is a
 * collection-group query, which the rules only allow with the tenant named (and, for a scoped
 * collaborator, `sharedWith`); with a client chosen it reads that client's own assignments.
 */
export function stageQuery(
  tenantId: string,
  stage: PipelineStage,
  filter: BoardFilter,
): Query<AssignmentCard> {
  const constraints: QueryConstraint[] = [];
  if (!filter.clientId) constraints.push(where('tenantId', '==', tenantId));
  constraints.push(where('stage', '==', stage));
  if (filter.collaboratorUid) {
    constraints.push(where('sharedWith', 'array-contains', filter.collaboratorUid));
  }
  const source = filter.clientId
    ? clientAssignments(tenantId, filter.clientId)
    : collectionGroup(db, 'assignments');
  return query(source, ...constraints).withConverter(assignmentConverter);
}

export interface ColumnPage {
  cards: AssignmentCard[];
  /** Where the next page starts (`startAfter`). */
  last: QueryDocumentSnapshot<AssignmentCard> | null;
}

export const boardKey = (tenantId: string) => ['pipeline', tenantId, 'board'];

export function filterKey(filter: BoardFilter) {
  return [filter.clientId ?? '*', filter.collaboratorUid ?? '*'];
}

/** One page of a column, followed live; `after` is the last card of the previous page. */
export function useStageColumn(
  stage: PipelineStage,
  filter: BoardFilter,
  after: QueryDocumentSnapshot<AssignmentCard> | null,
  enabled: boolean,
) {
  const { tenantId } = useTenant();
  const cursor = after ? [after.ref.path, after.data().updatedAt] : ['first'];
  const mounted = useMounted();
  const source =
    enabled && mounted
      ? query(
          stageQuery(tenantId, stage, filter),
          orderBy('updatedAt', 'desc'),
          ...(after ? [startAfter(after)] : []),
          limit(COLUMN_PAGE),
        )
      : null;
  return useLiveQuery(
    [...boardKey(tenantId), stage, ...filterKey(filter), ...cursor],
    source,
    (snapshot: QuerySnapshot<AssignmentCard>): ColumnPage => ({
      cards: snapshot.docs.map((card) => card.data()),
      last: snapshot.docs.at(-1) ?? null,
    }),
  );
}
