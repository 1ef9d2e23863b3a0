import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pipelineStages, type PipelineStage } from '@portail/shared';
import { ShellPage } from '@portail/web';
import { ExportButton } from '../../exports/components/ExportButton.js';
import type { ClientChoice } from '../api/searchClients.js';
import { filterKey, type BoardFilter } from '../api/stageColumn.js';
import { useViewerScope } from '../api/viewerScope.js';
import { BoardFilters } from './BoardFilters.js';
import { StageColumn } from './StageColumn.js';
import { StagePicker } from './StagePicker.js';
import '../pipeline.css';

/** H4: every card of the agency by stage, live, filtered by client or collaborator. */
export function PipelinePage() {
  const { t } = useTranslation();
  const scope = useViewerScope();
  const [client, setClient] = useState<ClientChoice | null>(null);
  const [collaborator, setCollaborator] = useState<string | null>(null);
  // `?stage=…` (the dashboard's figures link here) opens the board at that stage.
  const asked = useSearchParams()[0].get('stage');
  const linkedStage = pipelineStages.find((stage) => stage === asked) ?? null;
  const [current, setCurrent] = useState<PipelineStage>(linkedStage ?? 'new');
  const [counts, setCounts] = useState<Partial<Record<PipelineStage, number>>>({});
  const filter: BoardFilter = {
    clientId: client?.id ?? null,
    collaboratorUid: scope.sharedOnlyUid ?? collaborator,
  };
  const board = useRef<HTMLDivElement>(null);
  // A phone shows the picked stage alone; a wider screen scrolls the board to it.
  const pick = (stage: PipelineStage) => {
    setCurrent(stage);
    board.current
      ?.querySelector(`[data-stage="${stage}"]`)
      ?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
  };
  useEffect(() => {
    if (!linkedStage) return;
    board.current
      ?.querySelector(`[data-stage="${linkedStage}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'start' });
  }, [linkedStage]);
  const onCount = useCallback(
    (stage: PipelineStage, count: number) =>
      setCounts((known) => (known[stage] === count ? known : { ...known, [stage]: count })),
    [],
  );

  return (
    <ShellPage title={t('pipeline.title')}>
      <div className="toolbar">
        <ExportButton kind="assignments" />
      </div>
      <BoardFilters
        client={client}
        onClient={(chosen) => {
          setCounts({});
          setClient(chosen);
        }}
        collaboratorUid={collaborator}
        onCollaborator={(uid) => {
          setCounts({});
          setCollaborator(uid);
        }}
        sharedOnlyUid={scope.sharedOnlyUid}
        ready={scope.ready}
      />
      <StagePicker current={current} counts={counts} onPick={pick} />
      <div
        ref={board}
        className="pipeline-board"
        aria-label={t('pipeline.board.label')}
        role="region"
      >
        {pipelineStages.map((stage) => (
          <StageColumn
            // A new filter starts every column again at its first page.
            key={[stage, ...filterKey(filter)].join('/')}
            stage={stage}
            filter={filter}
            ready={scope.ready}
            current={stage === current}
            onCount={onCount}
          />
        ))}
      </div>
    </ShellPage>
  );
}
