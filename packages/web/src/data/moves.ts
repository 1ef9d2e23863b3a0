import { serverTimestamp, type FieldValue } from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';

/**
 * The fields of a stage change as firestore.rules want them (H4, C2): the new stage, who moved it
 * from where (`lastMove`, which the history trigger records) and the server's time. Extra fields
 * are the action's own (the client's `visitRequest`, `report`, `offer`, or `rejectedReason`).
 */
export function stageMoveUpdate(move: {
  from: PipelineStage;
  to: PipelineStage;
  uid: string;
  byClient: boolean;
  extra?: Record<string, unknown>;
}): Record<string, unknown | FieldValue> {
  return {
    stage: move.to,
    lastMove: {
      from: move.from,
      to: move.to,
      by: move.uid,
      byClient: move.byClient,
      at: serverTimestamp(),
    },
    updatedAt: serverTimestamp(),
    ...move.extra,
  };
}
