import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { MoveHistory } from './MoveHistory.js';

/** "Historique" behind a disclosure: the history is read only once somebody opens it. */
export function HistoryDisclosure({ card }: { card: AssignmentCard }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="pipeline-history-disclosure"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('pipeline.card.history')}</summary>
      {open && <MoveHistory card={card} />}
    </details>
  );
}
