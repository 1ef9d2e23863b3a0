import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@portail/web';
import { checkRejectionReason, REJECTION_REASON_MAX } from '../rejectionReason.js';

/** Asks why a card is rejected; nothing is written until the reason is valid. */
export function RejectDialog({
  title,
  onReject,
  onCancel,
}: {
  title: string;
  onReject: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [issue, setIssue] = useState<string | null>(null);

  function confirm() {
    const checked = checkRejectionReason(text);
    if (!checked.ok) return setIssue(t(`pipeline.move.${checked.issue}`));
    setIssue(null);
    onReject(checked.reason);
  }

  return (
    <ConfirmDialog
      title={t('pipeline.move.rejectTitle', { title })}
      confirmLabel={t('pipeline.move.reject')}
      danger
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <div className="admin-field">
        <label htmlFor="pipeline-reject-reason">{t('pipeline.move.rejectReason')}</label>
        <textarea
          id="pipeline-reject-reason"
          className="pipeline-textarea"
          rows={4}
          maxLength={REJECTION_REASON_MAX + 100}
          value={text}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? 'pipeline-reject-error' : 'pipeline-reject-hint'}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
        {issue ? (
          <small id="pipeline-reject-error" className="field-error" role="alert">
            {issue}
          </small>
        ) : (
          <small id="pipeline-reject-hint" className="field-help">
            {t('pipeline.move.rejectHint')}
          </small>
        )}
      </div>
    </ConfirmDialog>
  );
}
