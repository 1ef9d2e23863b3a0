import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  pipelineStages,
  staffMoveRefusal,
  staffTargets,
  type PipelineStage,
} from '@portail/shared';
import { errorCode, useReadOnly } from '@portail/web';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useCardWriteState, type CardWrite } from '../api/cardWriteState.js';
import { useMoveStage } from '../api/moveStage.js';
import { cardTitle } from './cardTitle.js';
import { PublishToggle } from './PublishToggle.js';
import { RejectDialog } from './RejectDialog.js';
import { RemoveCard } from './RemoveCard.js';

const rank = (stage: PipelineStage) => pipelineStages.indexOf(stage);

/**
 * The hunter's controls on one card: the stages it may go to from here (one step back or on,
 * rejected with a reason, a rejected card reopened where it was), publish or unpublish, remove.
 * Each write goes straight to Firestore; the card is live, so a refused write puts it back.
 */
export function StageMove({ card }: { card: AssignmentCard }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const move = useMoveStage(card);
  const { pending, failed } = useCardWriteState(card);
  const [rejecting, setRejecting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const disabled = readOnly || pending;
  const title = cardTitle(card, t);
  const stageName = (stage: PipelineStage) => t(`pipeline.stages.${stage}`);

  function go(to: PipelineStage, reason: string | null = null) {
    // The buttons only offer allowed moves; this catches a card that changed under the click.
    const refused = staffMoveRefusal(card.stage, to, card.lastMove?.from);
    setRefusal(refused);
    if (!refused) move.mutate({ kind: 'move', from: card.stage, to, reason });
  }

  const targets = staffTargets(card.stage, card.lastMove?.from);
  const back = targets.filter((to) => to !== 'rejected' && rank(to) < rank(card.stage));
  const on = targets.filter((to) => to !== 'rejected' && rank(to) > rank(card.stage));
  const message = refusal ?? (failed ? failureMessage(failed.write, failed.error) : null);

  function failureMessage(write: CardWrite, error: unknown): string {
    if (write.kind === 'move') {
      // Refused because somebody moved the card first: it now shows where it really is.
      if (write.from !== card.stage) return t('pipeline.move.changedMeanwhile');
      const refused = staffMoveRefusal(card.stage, write.to, card.lastMove?.from);
      if (refused) return refused;
    }
    return errorCode(error) === 'permission-denied'
      ? t('pipeline.move.refused')
      : t('pipeline.move.failed');
  }

  return (
    <div className="pipeline-controls">
      <div className="pipeline-moves" role="group" aria-label={t('pipeline.move.group', { title })}>
        {back.map((to) => (
          <button
            key={to}
            type="button"
            className="secondary"
            disabled={disabled}
            onClick={() => go(to)}
          >
            {card.stage === 'rejected' ? (
              t('pipeline.move.reopen', { stage: stageName(to) })
            ) : (
              <>
                <span aria-hidden="true">← </span>
                {stageName(to)}
              </>
            )}
          </button>
        ))}
        {on.map((to) => (
          <button
            key={to}
            type="button"
            className="primary"
            disabled={disabled}
            onClick={() => go(to)}
          >
            <span aria-hidden="true">→ </span>
            {stageName(to)}
          </button>
        ))}
        {targets.includes('rejected') && (
          <button
            type="button"
            className="secondary pipeline-reject"
            disabled={disabled}
            onClick={() => setRejecting(true)}
          >
            {t('pipeline.move.reject')}
          </button>
        )}
      </div>
      <div className="pipeline-tools">
        <PublishToggle card={card} disabled={disabled} />
        <RemoveCard card={card} disabled={disabled} />
      </div>
      {message && (
        <p role="alert" className="error pipeline-message">
          {message}
        </p>
      )}
      {rejecting && (
        <RejectDialog
          title={title}
          onCancel={() => setRejecting(false)}
          onReject={(reason) => {
            setRejecting(false);
            go('rejected', reason);
          }}
        />
      )}
    </div>
  );
}
