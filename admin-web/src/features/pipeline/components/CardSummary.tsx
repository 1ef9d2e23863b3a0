import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PropertyPhoto } from '@portail/web';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useFormat } from '../format.js';
import { cardTitle } from './cardTitle.js';

/** The cover, title, price and published/draft state every card opens with. */
export function CardSummary({
  card,
  headingLevel,
  children,
}: {
  card: AssignmentCard;
  headingLevel: 'h3' | 'h4';
  /** Shown above the title (the client's name on the board). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = cardTitle(card, t);
  const Heading = headingLevel;
  return (
    <div className="pipeline-card-head">
      <PropertyPhoto
        className="pipeline-thumb"
        propertyId={card.propertyId}
        photoId={card.property.photos[0]?.id}
        size="thumb"
        alt={t('pipeline.card.photo', { title })}
      />
      <div className="pipeline-card-text">
        {children}
        <Heading className="pipeline-card-title">{title}</Heading>
        <p className="pipeline-card-meta">
          <span className="pipeline-price">{format.price(card.property.price)}</span>
          <span className={card.published ? 'badge badge-active' : 'badge badge-draft'}>
            {card.published ? t('pipeline.card.published') : t('pipeline.card.draft')}
          </span>
        </p>
      </div>
    </div>
  );
}
