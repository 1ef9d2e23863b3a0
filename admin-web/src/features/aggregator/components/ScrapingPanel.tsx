import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useAggregatorSettings, useSetPortalScraping } from '../api/aggregatorSettings.js';
import { useAggregatorError } from './useAggregatorError.js';

/** A5: the tenant's opt-in to reading the portals, with the legal note to acknowledge first. */
export function ScrapingPanel() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const readOnly = useReadOnly();
  const settings = useAggregatorSettings();
  const change = useSetPortalScraping();
  const describe = useAggregatorError();
  const [acknowledged, setAcknowledged] = useState(false);
  const on = settings.data?.portalScraping ?? false;
  if (settings.isPending) return <p role="status">{t('aggregator.scraping.loading')}</p>;

  return (
    <section className="panel scraping-panel" aria-labelledby="scraping-title">
      <h2 id="scraping-title">{t('aggregator.scraping.title')}</h2>
      <p className={on ? 'scraping-state on' : 'scraping-state'}>
        {on ? t('aggregator.scraping.on') : t('aggregator.scraping.off')}
      </p>
      {!on && (
        <div className="legal-note">
          <h3>{t('aggregator.scraping.legalTitle')}</h3>
          <p>{t('aggregator.scraping.legal')}</p>
        </div>
      )}
      {!manager ? (
        <p className="field-help">{t('aggregator.scraping.managersOnly')}</p>
      ) : on ? (
        <button
          type="button"
          className="secondary"
          disabled={readOnly || change.isPending}
          onClick={() => change.mutate({ enabled: false, acknowledged: false })}
        >
          {t('aggregator.scraping.disable')}
        </button>
      ) : (
        <div className="scraping-enable">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={acknowledged}
              disabled={readOnly}
              onChange={(event) => setAcknowledged(event.target.checked)}
            />
            {t('aggregator.scraping.acknowledge')}
          </label>
          <button
            type="button"
            className="primary"
            disabled={readOnly || !acknowledged || change.isPending}
            onClick={() => change.mutate({ enabled: true, acknowledged })}
          >
            {t('aggregator.scraping.enable')}
          </button>
        </div>
      )}
      {change.isError && (
        <p role="alert" className="error">
          {describe(change.error)}
        </p>
      )}
      {change.isSuccess && <p role="status">{t('aggregator.scraping.changed')}</p>}
    </section>
  );
}
