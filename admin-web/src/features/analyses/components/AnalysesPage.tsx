import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  computeForecast,
  dealsSharedWith,
  forecastDealOf,
  forecastSeries,
  parisMonthOf,
} from '@portail/shared';
import { ShellPage } from '@portail/web';
import { useActiveCollaborators } from '../../pipeline/api/activeCollaborators.js';
import { useViewerScope } from '../../pipeline/api/viewerScope.js';
import { YEAR_DEALS_BOUND, useYearDeals } from '../api/yearDeals.js';
import { DealList } from './DealList.js';
import { ForecastChart, seriesColours } from './ForecastChart.js';
import { ForecastTable } from './ForecastTable.js';
import '../analyses.css';

/**
 * Analyses (H5, L3): the year's hunting fees month by month in the three series of the forecast,
 * from the deal documents the triggers keep, so a fee typed or a stage moved shows at once.
 */
export function AnalysesPage() {
  const { t } = useTranslation();
  const [thisYear] = useState(() => parisMonthOf(Date.now()).year);
  const [year, setYear] = useState(thisYear);
  const [collaborator, setCollaborator] = useState<string | null>(null);
  const scope = useViewerScope();
  const collaborators = useActiveCollaborators(scope.ready && scope.sharedOnlyUid === null);
  const deals = useYearDeals(year, scope.sharedOnlyUid, scope.ready);

  const shown = useMemo(
    () => dealsSharedWith(deals.data ?? [], scope.sharedOnlyUid ? null : collaborator),
    [deals.data, collaborator, scope.sharedOnlyUid],
  );
  const forecast = useMemo(
    () =>
      computeForecast(
        shown.map((deal) => forecastDealOf(deal.id, deal)),
        { year },
      ),
    [shown, year],
  );
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 2 + i);

  return (
    <ShellPage title={t('analyses.title')}>
      <p className="field-help">{t('analyses.intro')}</p>
      <div className="panel analyses-filters">
        <div className="admin-field">
          <label htmlFor="analyses-year">{t('analyses.year')}</label>
          <div className="analyses-year">
            <button
              type="button"
              aria-label={t('analyses.previousYear')}
              onClick={() => setYear(year - 1)}
            >
              ‹
            </button>
            <select
              id="analyses-year"
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
            >
              {[...new Set([...years, year])].sort().map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t('analyses.nextYear')}
              onClick={() => setYear(year + 1)}
            >
              ›
            </button>
          </div>
        </div>
        {scope.sharedOnlyUid ? (
          <p className="field-help">{t('analyses.sharedOnly')}</p>
        ) : (
          <div className="admin-field">
            <label htmlFor="analyses-collaborator">{t('analyses.collaborator')}</label>
            <select
              id="analyses-collaborator"
              value={collaborator ?? ''}
              onChange={(event) => setCollaborator(event.target.value || null)}
            >
              <option value="">{t('analyses.allCollaborators')}</option>
              {(collaborators.data ?? []).map((member) => (
                <option key={member.uid} value={member.uid}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      {deals.isError ? (
        <p role="alert" className="error">
          {t('analyses.loadFailed')}
        </p>
      ) : !deals.data ? (
        <p className="field-help">{t('ui.loading')}</p>
      ) : (
        <>
          {deals.data.length >= YEAR_DEALS_BOUND && (
            <p role="status" className="field-help">
              {t('analyses.bounded', { count: YEAR_DEALS_BOUND })}
            </p>
          )}
          <section className="panel" aria-labelledby="analyses-chart-title">
            <h2 id="analyses-chart-title">{t('analyses.chartTitle', { year })}</h2>
            <ul className="forecast-legend">
              {forecastSeries.map((series) => (
                <li key={series}>
                  <span
                    className="forecast-swatch"
                    style={{ background: seriesColours[series] }}
                    aria-hidden="true"
                  />
                  {t(`analyses.series.${series}`)}
                  <small className="field-help"> — {t(`analyses.seriesHint.${series}`)}</small>
                </li>
              ))}
            </ul>
            <ForecastChart months={forecast.months} />
            <ForecastTable forecast={forecast} />
          </section>
          <section className="panel" aria-labelledby="analyses-deals-title">
            <h2 id="analyses-deals-title">{t('analyses.deals.title')}</h2>
            <DealList deals={shown} placements={forecast.deals} />
          </section>
        </>
      )}
    </ShellPage>
  );
}
