import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalRunResult } from '@portail/shared';
import { ConfirmDialog, useReadOnly } from '@portail/web';
import { formatPrice } from '../../properties/format.js';
import { useDeleteSearch, useRunSearchNow, type SearchRow } from '../api/searches.js';
import { aggregatorErrorKey, useAggregatorError } from './useAggregatorError.js';

const when = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'short',
    timeStyle: 'short',
  });

function RunLine({ run }: { run: PortalRunResult | undefined }) {
  const { t, i18n } = useTranslation();
  if (!run) return <span className="run-state">{t('aggregator.searches.neverRun')}</span>;
  return (
    <span className={`run-state ${run.status}`}>
      {t(`aggregator.searches.runStatus.${run.status}`, { found: run.found, new: run.new })}
      {run.at && ` ${t('aggregator.searches.at', { date: when(run.at, i18n.language) })}`}
      {run.status === 'failed' && (
        <span className="run-error"> — {t(aggregatorErrorKey(run.errorCode))}</span>
      )}
    </span>
  );
}

/** One saved search: its criteria, each site's last run (A4), and its actions. */
export function SearchCard({ search, onEdit }: { search: SearchRow; onEdit: () => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const describe = useAggregatorError();
  const run = useRunSearchNow();
  const remove = useDeleteSearch();
  const [confirming, setConfirming] = useState(false);
  const { criteria } = search;
  const places = [...criteria.postalCodes, ...criteria.cities].join(', ');
  const { priceMin, priceMax } = criteria;
  const price =
    priceMin !== undefined && priceMax !== undefined
      ? `${formatPrice(priceMin)} – ${formatPrice(priceMax)}`
      : priceMax !== undefined
        ? `≤ ${formatPrice(priceMax)}`
        : priceMin !== undefined
          ? `≥ ${formatPrice(priceMin)}`
          : null;
  const headingId = `search-${search.id}`;

  return (
    <li className="panel search-card" aria-labelledby={headingId}>
      <div className="search-card-head">
        <h2 id={headingId}>{search.name}</h2>
        {!search.enabled && <span className="chip">{t('aggregator.searches.paused')}</span>}
      </div>
      <p className="search-criteria">
        <span className="visually-hidden">{t('aggregator.searches.criteria')} : </span>
        {[
          places,
          price,
          criteria.surfaceMin !== undefined ? `≥ ${criteria.surfaceMin} m²` : null,
          criteria.roomsMin !== undefined
            ? t('aggregator.inbox.rooms', { count: criteria.roomsMin }) + ' +'
            : null,
          criteria.types.map((type) => t(`properties.types.${type}`)).join(', ') || null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <dl className="run-lines" aria-label={t('aggregator.searches.lastRun')}>
        {search.portals.map((portal) => (
          <div key={portal}>
            <dt>{t(`aggregator.portals.${portal}`)}</dt>
            <dd>
              <RunLine run={search.lastRun?.[portal]} />
            </dd>
          </div>
        ))}
      </dl>
      <div className="search-actions">
        <button
          type="button"
          className="primary"
          disabled={readOnly || run.isPending}
          onClick={() => run.mutate(search.id)}
        >
          {run.isPending ? t('aggregator.searches.running') : t('aggregator.searches.run')}
        </button>
        <button type="button" className="secondary" disabled={readOnly} onClick={onEdit}>
          {t('aggregator.searches.edit')}
        </button>
        <button
          type="button"
          className="secondary danger"
          disabled={readOnly}
          onClick={() => setConfirming(true)}
        >
          {t('aggregator.searches.delete')}
        </button>
      </div>
      {run.isSuccess && (
        <div role="status" className="run-feedback">
          <p>{t('aggregator.searches.queued', { count: run.data.queued.length })}</p>
          {run.data.skipped.map((skip) => (
            <p key={skip.portal} className="field-help">
              {t('aggregator.searches.skipped', {
                portal: t(`aggregator.portals.${skip.portal}`),
                message: t(aggregatorErrorKey(skip.code)),
              })}
            </p>
          ))}
        </div>
      )}
      {run.isError && (
        <p role="alert" className="error">
          {describe(run.error)}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('aggregator.searches.deleteTitle')}
          confirmLabel={t('aggregator.searches.delete')}
          danger
          pending={remove.isPending}
          error={describe(remove.error)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate(search.id, { onSuccess: () => setConfirming(false) })}
        >
          <p>{t('aggregator.searches.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
