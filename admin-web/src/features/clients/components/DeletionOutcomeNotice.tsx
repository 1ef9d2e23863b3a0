import { useTranslation } from 'react-i18next';
import { recordDeletionOutcome, useDeletionOutcome } from '../api/deletionOutcome.js';

/** After a deletion: what was erased, and what the law keeps and until when (L4). */
export function DeletionOutcomeNotice() {
  const { t, i18n } = useTranslation();
  const outcome = useDeletionOutcome();
  if (!outcome) return null;
  const until = outcome.keptUntil
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(outcome.keptUntil)
    : null;
  return (
    <div role="status" className="panel deletion-outcome">
      <p>
        {t('clients.deletion.done', {
          name: outcome.name,
          documents: outcome.documents,
          files: outcome.files,
        })}
      </p>
      <p>
        {outcome.mandatesKept > 0 && until
          ? t('clients.deletion.kept', { count: outcome.mandatesKept, until })
          : t('clients.deletion.nothingKept')}
      </p>
      <button type="button" className="secondary" onClick={() => recordDeletionOutcome(null)}>
        {t('clients.deletion.dismiss')}
      </button>
    </div>
  );
}
