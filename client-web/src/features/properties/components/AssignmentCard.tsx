import { useTranslation } from 'react-i18next';
import type { PublishedAssignment } from '../api/getPublishedAssignments.js';

export function AssignmentCard({ assignment }: { assignment: PublishedAssignment }) {
  const { t, i18n } = useTranslation();
  const price =
    assignment.price === null
      ? null
      : new Intl.NumberFormat(i18n.language, {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(assignment.price);
  const facts = [
    assignment.surface !== null ? t('properties.surface', { value: assignment.surface }) : null,
    assignment.rooms !== null ? t('properties.rooms', { count: assignment.rooms }) : null,
  ].filter(Boolean);
  const titleId = `property-${assignment.propertyId}`;
  return (
    <li className="property-card" aria-labelledby={titleId}>
      <div className="property-photo" role="img" aria-label={t('properties.photoPlaceholder')}>
        <span aria-hidden="true">⌂</span>
      </div>
      <div className="property-body">
        <span className={`stage-badge stage-${assignment.stage}`}>
          {t(`properties.stages.${assignment.stage}`)}
        </span>
        <h3 id={titleId}>{assignment.title || t('properties.untitled')}</h3>
        <p className="property-meta">
          {[assignment.city, assignment.postalCode].filter(Boolean).join(' ')}
          {facts.length > 0 && ` · ${facts.join(' · ')}`}
        </p>
        {price && <p className="property-price">{price}</p>}
      </div>
    </li>
  );
}
