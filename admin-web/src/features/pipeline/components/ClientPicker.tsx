import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientSearchWords, useSearchClients, type ClientChoice } from '../api/searchClients.js';
import { useDebounced } from './useDebounced.js';

/** Narrows the board to one client, found by the first letters of a name, e-mail or phone. */
export function ClientPicker({
  value,
  onChange,
  sharedOnlyUid,
  ready,
}: {
  value: ClientChoice | null;
  onChange: (client: ClientChoice | null) => void;
  sharedOnlyUid: string | null;
  ready: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const typed = useDebounced(text, 250);
  const results = useSearchClients(typed, sharedOnlyUid, ready && value === null);

  if (value) {
    return (
      <div className="pipeline-filter pipeline-chosen-client">
        <span className="pipeline-filter-label">{t('pipeline.filters.client')}</span>
        <p className="pipeline-chosen">
          <strong>{value.name}</strong>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              onChange(null);
            }}
          >
            {t('pipeline.filters.clearClient')}
          </button>
        </p>
      </div>
    );
  }

  const searching = clientSearchWords(typed) !== null;
  return (
    <div className="pipeline-filter pipeline-client-picker">
      <label htmlFor="pipeline-client-search">{t('pipeline.filters.client')}</label>
      <input
        id="pipeline-client-search"
        type="search"
        autoComplete="off"
        placeholder={t('pipeline.filters.clientSearch')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
        }}
      />
      {searching && results.isError && (
        <p role="alert" className="error">
          {t('pipeline.filters.searchFailed')}
        </p>
      )}
      {searching && results.data && (
        <ul className="pipeline-client-results" aria-label={t('pipeline.filters.clientResults')}>
          {results.data.length === 0 ? (
            <li className="empty-state">{t('pipeline.filters.noClient')}</li>
          ) : (
            results.data.map((client) => (
              <li key={client.id}>
                <button type="button" onClick={() => onChange(client)}>
                  <span>{client.name}</span>
                  {client.email && <span className="field-help">{client.email}</span>}
                </button>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
