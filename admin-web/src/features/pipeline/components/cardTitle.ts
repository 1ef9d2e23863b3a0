import type { TFunction } from 'i18next';
import type { AssignmentCard } from '../api/assignmentCard.js';

export function cardTitle(card: AssignmentCard, t: TFunction): string {
  return card.property.title || t('pipeline.card.noTitle');
}
