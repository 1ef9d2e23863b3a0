import { useTranslation } from 'react-i18next';
import { pipelineStages, type PipelineStage } from '@portail/shared';

/**
 * The stages with their counts. On a phone the board shows one stage at a time and this picks
 * it; on a wider screen it scrolls the board to the stage.
 */
export function StagePicker({
  current,
  counts,
  onPick,
}: {
  current: PipelineStage;
  counts: Partial<Record<PipelineStage, number>>;
  onPick: (stage: PipelineStage) => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="pipeline-stage-picker"
      role="group"
      aria-label={t('pipeline.board.stagePicker')}
    >
      {pipelineStages.map((stage) => (
        <button
          key={stage}
          type="button"
          className={stage === current ? 'pipeline-chip is-current' : 'pipeline-chip'}
          aria-pressed={stage === current}
          onClick={() => onPick(stage)}
        >
          {t(`pipeline.stages.${stage}`)}
          {counts[stage] !== undefined && (
            <span className="pipeline-chip-count">{counts[stage]}</span>
          )}
        </button>
      ))}
    </div>
  );
}
