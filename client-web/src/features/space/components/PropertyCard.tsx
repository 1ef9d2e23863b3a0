import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PropertyPhoto } from '@portail/web';
import type { SpaceAssignment } from '../api/readAssignment.js';
import { useFormat } from './format.js';

/** One card of a tab: cover, title, place, price and size, stage; the whole card opens the page. */
export function PropertyCard({ card }: { card: SpaceAssignment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { property } = card;
  const title = property.title || t('space.card.untitled');
  const titleId = `space-card-${card.propertyId}`;
  const cover = property.photos[0];
  const facts = [
    property.surface > 0 ? format.area(property.surface) : null,
    property.rooms > 0 ? t('space.card.rooms', { count: property.rooms }) : null,
  ].filter(Boolean);
  return (
    <li className="space-card" aria-labelledby={titleId}>
      <Link to={`/biens/${encodeURIComponent(card.propertyId)}`} className="space-card-link">
        <div className="space-card-photo">
          {cover ? (
            <PropertyPhoto
              propertyId={card.propertyId}
              photoId={cover.id}
              size="phone"
              alt={t('space.card.photo', { title })}
            />
          ) : (
            <div className="space-card-nophoto" role="img" aria-label={t('space.card.noPhoto')}>
              <span aria-hidden="true">⌂</span>
            </div>
          )}
          <span className={`stage-badge stage-${card.stage} space-card-badge`}>
            {t(`space.stages.${card.stage}`)}
          </span>
        </div>
        <div className="space-card-body">
          <h3 id={titleId}>{title}</h3>
          <p className="space-card-place">
            {[property.city, property.postalCode].filter(Boolean).join(' ')}
          </p>
          <p className="space-card-facts">
            {property.price > 0 && (
              <span className="space-card-price">{format.price(property.price)}</span>
            )}
            {facts.length > 0 && <span>{facts.join(' · ')}</span>}
          </p>
        </div>
      </Link>
    </li>
  );
}
