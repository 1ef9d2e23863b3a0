import { useTranslation } from 'react-i18next';
import { useReadOnly } from '@portail/web';
import { DealFeeEditor } from '../../fees/components/DealFeeEditor.js';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { cardTitle } from './cardTitle.js';
import { CardSummary } from './CardSummary.js';
import { ClientActionsSummary } from './ClientActionsSummary.js';
import { HistoryDisclosure } from './HistoryDisclosure.js';
import { StageMove } from './StageMove.js';

/** A card in the client file: a draft can be ticked for "Publier la sélection". */
export function PanelCard({
  card,
  selected,
  onSelect,
}: {
  card: AssignmentCard;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  return (
    <article className="pipeline-card pipeline-panel-card">
      {!card.published && (
        <label className="switch pipeline-select">
          <input
            type="checkbox"
            checked={selected}
            disabled={readOnly}
            onChange={(event) => onSelect(card.id, event.target.checked)}
          />
          <span>
            {t('pipeline.card.select')}
            <span className="pipeline-sr-only">
              {' '}
              {t('pipeline.card.selectWhich', { title: cardTitle(card, t) })}
            </span>
          </span>
        </label>
      )}
      <CardSummary card={card} headingLevel="h4" />
      <ClientActionsSummary card={card} />
      <StageMove card={card} />
      <DealFeeEditor clientId={card.clientId} propertyId={card.propertyId} />
      <HistoryDisclosure card={card} />
    </article>
  );
}
