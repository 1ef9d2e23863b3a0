import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import type { PipelineStage } from '@portail/shared';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { COLUMN_PAGE, useStageColumn, type BoardFilter } from '../api/stageColumn.js';
import { useStageCount } from '../api/stageCount.js';
import { BoardCard } from './BoardCard.js';

/**
 * One stage of the board: a live page of its cards (newest change first), its count, and pages
 * further back by cursor. `current` is the stage a phone shows (one column at a time).
 */
export function StageColumn({
  stage,
  filter,
  ready,
  current,
  onCount,
}: {
  stage: PipelineStage;
  filter: BoardFilter;
  ready: boolean;
  current: boolean;
  onCount: (stage: PipelineStage, count: number) => void;
}) {
  const { t } = useTranslation();
  // The last card of each page before this one: "Précédents" pops, "Suivants" pushes.
  const [cursors, setCursors] = useState<QueryDocumentSnapshot<AssignmentCard>[]>([]);
  const page = useStageColumn(stage, filter, cursors.at(-1) ?? null, ready);
  const cards = page.data?.cards ?? [];
  const version = cards.map((card) => `${card.id}@${card.updatedAt}`).join(',');
  const count = useStageCount(stage, filter, version, ready && page.isSuccess);
  const offset = cursors.length * COLUMN_PAGE;
  const total = count.data === undefined ? null : Math.max(count.data, offset + cards.length);
  const hasNext = cards.length === COLUMN_PAGE && (total === null || total > offset + cards.length);
  const headingId = `pipeline-column-${stage}`;
  const section = useRef<HTMLElement>(null);
  // The pager sits under the cards: a new page starts from the column's top.
  const turn = (next: QueryDocumentSnapshot<AssignmentCard>[]) => {
    setCursors(next);
    section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const stageName = t(`pipeline.stages.${stage}`);

  useEffect(() => {
    if (total !== null) onCount(stage, total);
  }, [onCount, stage, total]);

  return (
    <section
      ref={section}
      className={current ? 'pipeline-column is-current' : 'pipeline-column'}
      aria-labelledby={headingId}
      data-stage={stage}
    >
      <header className="pipeline-column-head">
        <h2 id={headingId}>
          <span className={`stage-dot stage-${stage}`} aria-hidden="true" />
          {stageName}
        </h2>
        {total !== null && (
          <span className="pipeline-count">{t('pipeline.board.count', { count: total })}</span>
        )}
      </header>
      {page.isError ? (
        <p role="alert" className="error">
          {t('pipeline.board.loadFailed')}
        </p>
      ) : !page.data ? (
        <p className="field-help">{t('ui.loading')}</p>
      ) : cards.length === 0 ? (
        <p className="empty-state pipeline-empty">{t('pipeline.board.empty')}</p>
      ) : (
        <ul className="pipeline-cards">
          {cards.map((card) => (
            <li key={`${card.clientId}/${card.id}`}>
              <BoardCard card={card} />
            </li>
          ))}
        </ul>
      )}
      {(cursors.length > 0 || hasNext) && (
        <nav
          className="pipeline-pager"
          aria-label={t('pipeline.board.columnPages', { stage: stageName })}
        >
          <button
            type="button"
            className="secondary"
            disabled={cursors.length === 0}
            onClick={() => turn(cursors.slice(0, -1))}
          >
            {t('pipeline.board.previous')}
          </button>
          {total !== null && cards.length > 0 && (
            <span>
              {t('pipeline.board.pageRange', {
                from: offset + 1,
                to: offset + cards.length,
                count: total,
              })}
            </span>
          )}
          <button
            type="button"
            className="secondary"
            disabled={!hasNext || !page.data?.last}
            onClick={() => page.data?.last && turn([...cursors, page.data.last])}
          >
            {t('pipeline.board.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
