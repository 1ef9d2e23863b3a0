import { useTranslation } from 'react-i18next';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useSetPublished } from '../api/setPublished.js';

/** "Publier" puts a draft in the client's space; "Dépublier" takes it back out. */
export function PublishToggle({ card, disabled }: { card: AssignmentCard; disabled: boolean }) {
  const { t } = useTranslation();
  const publish = useSetPublished(card);
  return (
    <button
      type="button"
      className={card.published ? 'secondary' : 'primary'}
      disabled={disabled}
      onClick={() => publish.mutate({ kind: 'publish', published: !card.published })}
    >
      {card.published ? t('pipeline.move.unpublish') : t('pipeline.move.publish')}
    </button>
  );
}
