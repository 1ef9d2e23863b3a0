import { useTranslation } from 'react-i18next';
import { isPermissionDenied } from '@portail/web';
import { usePublishedAssignments } from '../api/getPublishedAssignments.js';
import { AssignmentCard } from './AssignmentCard.js';

/** The properties the hunter published to this space, as cards. */
export function PublishedProperties() {
  const { t } = useTranslation();
  const assignments = usePublishedAssignments();

  let content;
  if (assignments.isPending) {
    content = <p aria-busy="true">{t('common.loading')}</p>;
  } else if (assignments.isError) {
    // A refused read switches the whole shell to the "access disabled" page; anything else is
    // shown here.
    content = isPermissionDenied(assignments.error) ? null : (
      <p role="alert" className="error">
        {t('properties.loadFailed')}
      </p>
    );
  } else if (assignments.data.length === 0) {
    content = <p className="empty-state">{t('properties.empty')}</p>;
  } else {
    content = (
      <ul className="property-grid" aria-label={t('properties.title')}>
        {assignments.data.map((assignment) => (
          <AssignmentCard key={assignment.propertyId} assignment={assignment} />
        ))}
      </ul>
    );
  }

  return (
    <section className="properties" aria-labelledby="properties-title">
      <h2 id="properties-title">{t('properties.title')}</h2>
      {content}
    </section>
  );
}
