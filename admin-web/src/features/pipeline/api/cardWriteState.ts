import { useMutationState } from '@tanstack/react-query';
import type { PipelineStage } from '@portail/shared';
import { useTenant } from '@portail/web';
import type { AssignmentCard } from './assignmentCard.js';

/** What a screen may write on one card (the rules' `validStaffAssignmentUpdate`, or delete). */
export type CardWrite =
  | { kind: 'move'; from: PipelineStage; to: PipelineStage; reason: string | null }
  | { kind: 'publish'; published: boolean }
  | { kind: 'remove' };

/**
 * Every write on a card is a mutation under this key. A move takes the card out of its column
 * at once (the listener shows the pending write), so the component that asked is gone before the
 * answer comes; keeping the outcome in react-query's mutation cache lets whichever copy of the
 * card is on screen (back in its column after a refusal) show it.
 */
export const cardWriteKey = (tenantId: string, card: Pick<AssignmentCard, 'clientId' | 'id'>) => [
  'pipeline',
  tenantId,
  'write',
  card.clientId,
  card.id,
];

export function useCardWriteState(card: Pick<AssignmentCard, 'clientId' | 'id'>) {
  const { tenantId } = useTenant();
  const states = useMutationState({
    filters: { mutationKey: cardWriteKey(tenantId, card), exact: true },
    select: (mutation) => ({
      status: mutation.state.status,
      write: mutation.state.variables as CardWrite | undefined,
      error: mutation.state.error,
      submittedAt: mutation.state.submittedAt,
    }),
  });
  const latest = [...states].sort((a, b) => a.submittedAt - b.submittedAt).at(-1);
  return {
    pending: states.some((state) => state.status === 'pending'),
    failed:
      latest?.status === 'error' && latest.write
        ? { write: latest.write, error: latest.error }
        : null,
  };
}
