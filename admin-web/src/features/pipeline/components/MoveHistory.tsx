import { useTranslation } from 'react-i18next';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useMemberNames } from '../api/memberNames.js';
import { useMoveHistory, type HistoryEntry } from '../api/moveHistory.js';
import { useFormat } from '../format.js';
import { cardTitle } from './cardTitle.js';

/** The dated record of a card's stage changes: when, from where to where, and who. */
export function MoveHistory({ card }: { card: AssignmentCard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useMoveHistory(card);
  const names = useMemberNames();

  function who(entry: HistoryEntry): string {
    if (entry.byClient) return t('pipeline.history.byClient');
    if (!entry.by) return t('pipeline.history.bySystem');
    return names.data?.get(entry.by) ?? t('pipeline.history.byUnknown');
  }

  if (history.isPending) return <p className="field-help">{t('ui.loading')}</p>;
  if (history.isError) {
    return (
      <p role="alert" className="error">
        {t('pipeline.history.loadFailed')}
      </p>
    );
  }
  if (history.data.length === 0) {
    return <p className="empty-state">{t('pipeline.history.empty')}</p>;
  }
  return (
    <ol
      // Long histories scroll inside the card; the list takes the focus so keys scroll it too.
      tabIndex={0}
      className="pipeline-history"
      aria-label={t('pipeline.history.label', { title: cardTitle(card, t) })}
    >
      {history.data.map((entry) => (
        <li key={entry.id}>
          <time dateTime={new Date(entry.at).toISOString()}>{format.dateTime(entry.at)}</time>
          <span className="pipeline-history-move">
            {entry.from
              ? t('pipeline.history.moved', {
                  from: t(`pipeline.stages.${entry.from}`),
                  to: t(`pipeline.stages.${entry.to}`),
                })
              : t('pipeline.history.created', { to: t(`pipeline.stages.${entry.to}`) })}
          </span>
          <span className="pipeline-history-who">{who(entry)}</span>
        </li>
      ))}
    </ol>
  );
}
