import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import type { DossierRow } from '../api/dossierRow.js';
import { exportHistory, useDossierHistory } from '../api/history.js';

/** D2 — who downloaded what, when, and which version; the full list as .xlsx. */
export function HistoryPanel({ dossier }: { dossier: DossierRow }) {
  const { t, i18n } = useTranslation();
  const history = useDossierHistory(dossier.id);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const entries = history.data ?? [];
  const when = (ms: number) =>
    new Date(ms).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      dateStyle: 'short',
      timeStyle: 'short',
    });
  return (
    <section className="panel" aria-labelledby="dossier-history-title">
      <div className="dossier-panel-head">
        <h2 id="dossier-history-title">{t('dossiers.history.title')}</h2>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            exportHistory(dossier.id, i18n.language === 'en' ? 'en' : 'fr')
              .catch((caught: unknown) => setError(errorMessage(caught)))
              .finally(() => setBusy(false));
          }}
        >
          {t('dossiers.history.export')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {history.isError && (
        <p role="alert" className="error">
          {errorMessage(history.error)}
        </p>
      )}
      {entries.length === 0 ? (
        <p>{t('dossiers.history.none')}</p>
      ) : (
        <>
          <ul className="dossier-history">
            {entries.map((entry) => (
              <li key={entry.id}>
                <time dateTime={new Date(entry.at).toISOString()}>{when(entry.at)}</time>
                <span>{entry.fileName}</span>
                <span>
                  {entry.actorLabel || '—'} ({t(`dossiers.history.roles.${entry.role}`)})
                </span>
                <span className={`badge dossier-version-${entry.served}`}>
                  {t(`dossiers.history.versions.${entry.served}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="field-help">{t('dossiers.history.latest')}</p>
        </>
      )}
    </section>
  );
}
