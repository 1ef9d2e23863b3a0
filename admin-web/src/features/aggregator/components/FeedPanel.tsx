import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { feedAccessFields } from '@portail/shared';
import { ConfirmDialog, Field, useForm, useReadOnly } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useAggregatorSettings, useSetFeedAccess } from '../api/aggregatorSettings.js';
import { useAggregatorError } from './useAggregatorError.js';

const savedOn = (date: Date, language: string) =>
  date.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
  });

/**
 * A5: the licensed feed's access (the aggregator's API address and the agency's key). The key is
 * write-only: once saved it never comes back to the browser, the panel says only when it was.
 */
export function FeedPanel() {
  const { t, i18n } = useTranslation();
  const manager = useIsManager();
  const readOnly = useReadOnly();
  const settings = useAggregatorSettings();
  const save = useSetFeedAccess();
  const remove = useSetFeedAccess();
  const describe = useAggregatorError();
  const form = useForm({ baseUrl: '', apiKey: '' });
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  if (settings.isPending) return null;
  const current = settings.data;
  const configured = current?.feedConfigured === true;
  const showForm = manager && (editing || !configured);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(feedAccessFields);
    if (!input) return;
    setDone(null);
    save.mutate(input, {
      onSuccess: () => {
        // The key leaves the page's memory as soon as the server has it.
        form.setForm({ baseUrl: '', apiKey: '' });
        setEditing(false);
        setDone('saved');
      },
    });
  }

  return (
    <section className="panel feed-panel" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('aggregator.feed.title')}</h2>
      <p>{t('aggregator.feed.intro')}</p>
      <p className={configured ? 'scraping-state on' : 'scraping-state'}>
        {configured && current?.feedSavedAt
          ? t('aggregator.feed.saved', { date: savedOn(current.feedSavedAt, i18n.language) })
          : configured
            ? t('aggregator.feed.savedNow')
            : t('aggregator.feed.none')}
      </p>
      {configured && current?.feedBaseUrl && (
        <p className="feed-url">
          {t('aggregator.feed.address')} <code>{current.feedBaseUrl}</code>
        </p>
      )}
      {!manager && <p className="field-help">{t('aggregator.scraping.managersOnly')}</p>}
      {manager && configured && !editing && (
        <div className="search-actions">
          <button
            type="button"
            className="secondary"
            disabled={readOnly}
            onClick={() => {
              setDone(null);
              setEditing(true);
            }}
          >
            {t('aggregator.feed.replace')}
          </button>
          <button
            type="button"
            className="secondary danger"
            disabled={readOnly}
            onClick={() => {
              setDone(null);
              setRemoving(true);
            }}
          >
            {t('aggregator.feed.remove')}
          </button>
        </div>
      )}
      {showForm && (
        <form className="feed-form" onSubmit={submit} noValidate>
          <Field
            {...form.bind('baseUrl')}
            type="url"
            inputMode="url"
            autoComplete="off"
            label={t('aggregator.feed.baseUrl')}
            placeholder={t('aggregator.feed.baseUrlExample')}
            disabled={readOnly}
          />
          <Field
            {...form.bind('apiKey')}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            label={t('aggregator.feed.apiKey')}
            hint={t('aggregator.feed.apiKeyHint')}
            disabled={readOnly}
          />
          {save.isError && (
            <p role="alert" className="error">
              {describe(save.error)}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={readOnly || save.isPending}>
              {save.isPending ? t('aggregator.feed.saving') : t('aggregator.feed.save')}
            </button>
            {editing && (
              <button
                type="button"
                className="secondary"
                disabled={save.isPending}
                onClick={() => {
                  form.setForm({ baseUrl: '', apiKey: '' });
                  form.setErrors({});
                  setEditing(false);
                }}
              >
                {t('aggregator.searches.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      {done && <p role="status">{t(`aggregator.feed.${done}Done`)}</p>}
      {removing && (
        <ConfirmDialog
          title={t('aggregator.feed.removeTitle')}
          confirmLabel={t('aggregator.feed.remove')}
          danger
          pending={remove.isPending}
          error={describe(remove.error)}
          onCancel={() => setRemoving(false)}
          onConfirm={() =>
            remove.mutate(
              { remove: true },
              {
                onSuccess: () => {
                  setRemoving(false);
                  setDone('removed');
                },
              },
            )
          }
        >
          <p>{t('aggregator.feed.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
