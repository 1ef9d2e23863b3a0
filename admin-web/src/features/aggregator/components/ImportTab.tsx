import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { importListingInput } from '@portail/shared';
import { Field, useReadOnly } from '@portail/web';
import { useImportListing } from '../api/inbox.js';
import { useAggregatorError } from './useAggregatorError.js';

/** A5: paste a listing's link, get the property filled in (photos included), open it to edit. */
export function ImportTab() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const navigate = useNavigate();
  const describe = useAggregatorError();
  const run = useImportListing();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = importListingInput.safeParse({ url });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      return;
    }
    setProblem(undefined);
    run.mutate(parsed.data.url, {
      onSuccess: (result) => void navigate(`/biens/${result.propertyId}`),
    });
  }

  return (
    <form className="panel import-form" onSubmit={submit} noValidate>
      <p>{t('aggregator.import.intro')}</p>
      <Field
        name="import-url"
        type="url"
        inputMode="url"
        autoComplete="off"
        label={t('aggregator.import.url')}
        placeholder="https://www.seloger.com/annonce/…"
        value={url}
        error={problem}
        onChange={(event) => setUrl(event.target.value)}
      />
      {run.isError && (
        <p role="alert" className="error">
          {describe(run.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={readOnly || run.isPending}>
          {run.isPending ? t('aggregator.import.importing') : t('aggregator.import.submit')}
        </button>
      </div>
    </form>
  );
}
