import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { CardSummary } from './CardSummary.js';
import { HistoryDisclosure } from './HistoryDisclosure.js';
import { StageMove } from './StageMove.js';

/** A card of the board: whose it is (a link to the client file), the property, the moves. */
export function BoardCard({ card }: { card: AssignmentCard }) {
  const { t } = useTranslation();
  return (
    <article className="pipeline-card">
      <CardSummary card={card} headingLevel="h3">
        <Link
          className="pipeline-client"
          to={`/clients/${encodeURIComponent(card.clientId)}`}
          title={t('pipeline.card.openClient', { name: card.clientName })}
        >
          {card.clientName}
        </Link>
      </CardSummary>
      <StageMove card={card} />
      <HistoryDisclosure card={card} />
    </article>
  );
}
