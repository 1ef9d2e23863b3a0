import { Timestamp, type DocumentData } from 'firebase-admin/firestore';
import type { AssignmentSide, PipelineStage } from '@portail/shared';

const millis = (value: unknown): number | null =>
  value instanceof Timestamp ? value.toMillis() : null;

/** The exact instant of a server timestamp, as the identity of the write that set it. */
export const exactInstant = (value: Timestamp) =>
  `${value.seconds}.${String(value.nanoseconds).padStart(9, '0')}`;

/** What the notification rules read of an assignment document, instants made plain. */
export function assignmentSide(data: DocumentData | undefined): AssignmentSide | null {
  if (!data) return null;
  const move = data.lastMove as
    { from: PipelineStage; to: PipelineStage; byClient?: unknown; at?: unknown } | null | undefined;
  const at = millis(move?.at);
  return {
    stage: data.stage as PipelineStage,
    published: data.published === true,
    lastMove:
      move && at !== null
        ? { from: move.from, to: move.to, byClient: move.byClient === true, at }
        : null,
    updatedAt: data.updatedAt instanceof Timestamp ? exactInstant(data.updatedAt) : null,
  };
}
