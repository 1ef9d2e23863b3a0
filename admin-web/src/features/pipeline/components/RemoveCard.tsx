import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@portail/web';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useRemoveCard } from '../api/removeCard.js';
import { cardTitle } from './cardTitle.js';

/** "Retirer", after a confirmation that says it is final. */
export function RemoveCard({ card, disabled }: { card: AssignmentCard; disabled: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveCard(card);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className="secondary pipeline-remove"
        disabled={disabled}
        onClick={() => setConfirming(true)}
      >
        {t('pipeline.move.remove')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('pipeline.move.removeTitle', { title: cardTitle(card, t) })}
          confirmLabel={t('pipeline.move.removeConfirm')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            // The card leaves the lists at once; a refusal brings it back with the message.
            setConfirming(false);
            remove.mutate({ kind: 'remove' });
          }}
        >
          <p>{t('pipeline.move.removeText', { name: card.clientName })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
