import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pipelineStages } from '@portail/shared';
import { useReadOnly } from '@portail/web';
import { CLIENT_CARDS_BOUND, useClientCards } from '../api/clientCards.js';
import { usePublishSelection } from '../api/publishSelection.js';
import { PanelCard } from './PanelCard.js';
import '../pipeline.css';

/**
 * The client file's pipeline (H4): the client's cards grouped by stage, live, with what the
 * client did on each, the moves, the history, and publishing the drafts ticked in one go.
 */
export function ClientPipelinePanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const cards = useClientCards(clientId);
  const publish = usePublishSelection();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  // Only drafts still on screen count: one published meanwhile is no longer in the selection.
  const selection = (cards.data ?? []).filter((card) => !card.published && ticked.has(card.id));

  function select(id: string, selected: boolean) {
    const next = new Set(ticked);
    if (selected) next.add(id);
    else next.delete(id);
    setTicked(next);
    publish.reset();
  }

  function publishSelection() {
    publish.mutate(selection, { onSuccess: () => setTicked(new Set()) });
  }

  const headingId = `pipeline-panel-${clientId}`;
  return (
    <section className="pipeline-panel" aria-labelledby={headingId}>
      <div className="pipeline-panel-head">
        <h2 id={headingId}>{t('pipeline.panel.title')}</h2>
        <button
          type="button"
          className="primary"
          disabled={readOnly || selection.length === 0 || publish.isPending}
          onClick={publishSelection}
        >
          {selection.length > 0
            ? t('pipeline.panel.publishSelectionCount', { count: selection.length })
            : t('pipeline.panel.publishSelection')}
        </button>
      </div>
      {publish.isSuccess && (
        <p role="status" className="saved">
          {t('pipeline.panel.published', { count: publish.data })}
        </p>
      )}
      {publish.isError && (
        <p role="alert" className="error">
          {t('pipeline.panel.publishFailed')}
        </p>
      )}
      {cards.isError ? (
        <p role="alert" className="error">
          {t('pipeline.panel.loadFailed')}
        </p>
      ) : !cards.data ? (
        <p className="field-help">{t('ui.loading')}</p>
      ) : cards.data.length === 0 ? (
        <p className="empty-state">{t('pipeline.panel.empty')}</p>
      ) : (
        pipelineStages.map((stage) => {
          const inStage = cards.data.filter((card) => card.stage === stage);
          if (inStage.length === 0) return null;
          const groupId = `${headingId}-${stage}`;
          return (
            <section key={stage} className="pipeline-panel-group" aria-labelledby={groupId}>
              <h3 id={groupId}>
                <span className={`stage-dot stage-${stage}`} aria-hidden="true" />
                {t('pipeline.panel.stageGroup', {
                  stage: t(`pipeline.stages.${stage}`),
                  count: inStage.length,
                })}
              </h3>
              <ul className="pipeline-panel-cards">
                {inStage.map((card) => (
                  <li key={card.id}>
                    <PanelCard card={card} selected={ticked.has(card.id)} onSelect={select} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      {cards.data && cards.data.length >= CLIENT_CARDS_BOUND && (
        <p className="field-help">{t('pipeline.panel.bound', { count: CLIENT_CARDS_BOUND })}</p>
      )}
    </section>
  );
}
