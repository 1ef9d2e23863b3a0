import { useTranslation } from 'react-i18next';
import { criterionNames, type CriteriaMatch } from '@portail/shared';

const marks = { match: '✓', miss: '✗', unknown: '–' } as const;

/** "Budget ✓ Surface ✗ …": how a client's criteria meet the property, and the score. */
export function CriteriaBadges({ match, name }: { match: CriteriaMatch; name: string }) {
  const { t } = useTranslation();
  if (match.score === null) {
    return <p className="criteria-none">{t('properties.assign.noCriteria')}</p>;
  }
  return (
    <div className="criteria" role="group" aria-label={t('properties.assign.criteriaOf', { name })}>
      {criterionNames.map((criterion) => {
        const outcome = match.criteria[criterion];
        return (
          <span key={criterion} className={`criterion criterion-${outcome}`}>
            {t(`properties.assign.criteria.${criterion}`)}{' '}
            <span aria-hidden="true">{marks[outcome]}</span>
            <span className="sr-only">: {t(`properties.assign.outcomes.${outcome}`)}</span>
          </span>
        );
      })}
      <span className="criteria-score">
        {t('properties.assign.score', { matched: match.matched, known: match.known })}
      </span>
    </div>
  );
}
