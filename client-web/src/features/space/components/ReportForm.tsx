import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportCriteria, reportInput, type ReportCriterion } from '@portail/shared';
import { fieldErrors } from '@portail/web';
import type { ClientMove } from '../api/clientMove.js';
import { FormButtons } from './FormButtons.js';
import { useIssueText } from './issueText.js';
import { StarRating } from './StarRating.js';
import { TextArea } from './TextArea.js';

/** "J'ai visité": stars on each criterion (at least one) and a comment. */
export function ReportForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (move: ClientMove) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const [ratings, setRatings] = useState<Partial<Record<ReportCriterion, number>>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = reportInput.safeParse({ ratings, comment });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    onSubmit({ action: 'report', ratings: parsed.data.ratings, comment: parsed.data.comment });
  }

  return (
    <form className="space-form" onSubmit={submit} noValidate>
      <p className="space-form-intro">{t('space.reportForm.intro')}</p>
      <div
        className="space-criteria"
        aria-describedby={errors.ratings ? 'report-ratings-error' : undefined}
      >
        {reportCriteria.map((criterion) => (
          <StarRating
            key={criterion}
            name={`rating-${criterion}`}
            label={t(`space.reportForm.criteria.${criterion}`)}
            value={ratings[criterion]}
            onChange={(stars) => setRatings((current) => ({ ...current, [criterion]: stars }))}
          />
        ))}
      </div>
      {errors.ratings && (
        <small id="report-ratings-error" className="field-error">
          {issue(errors.ratings)}
        </small>
      )}
      <TextArea
        name="comment"
        label={t('space.reportForm.comment')}
        value={comment}
        error={issue(errors.comment)}
        onChange={(event) => setComment(event.target.value)}
      />
      <FormButtons submitLabel={t('space.reportForm.submit')} onCancel={onCancel} />
    </form>
  );
}
