import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DealPlacement } from '@portail/shared';
import type { YearDeal } from '../api/yearDeals.js';
import { seriesColours } from './ForecastChart.js';

/**
 * The deals behind the year's numbers, by acte date: where each one's money falls, whether that
 * date is still an estimate (so the hunter records the real one) and which fees are missing.
 */
export function DealList({
  deals,
  placements,
}: {
  deals: readonly YearDeal[];
  placements: readonly DealPlacement[];
}) {
  const { t, i18n } = useTranslation();
  const euros = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const day = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeZone: 'Europe/Paris',
  });
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const rows = placements
    .filter((placement) => placement.series !== null)
    .sort((a, b) => (a.timeline.acte?.at ?? 0) - (b.timeline.acte?.at ?? 0));
  if (rows.length === 0) return <p className="empty-state">{t('analyses.deals.empty')}</p>;
  return (
    <ul className="forecast-deals">
      {rows.map((placement) => {
        const deal = byId.get(placement.dealId);
        if (!deal || !placement.series) return null;
        const acte = placement.timeline.acte;
        return (
          <li key={placement.dealId} className="forecast-deal">
            <span
              className="forecast-swatch"
              style={{ background: seriesColours[placement.series] }}
              aria-hidden="true"
            />
            <div className="forecast-deal-main">
              <Link to={`/clients/${deal.clientId}`}>
                {deal.clientName || t('analyses.deals.noName')}
              </Link>
              <span>{deal.propertyTitle || t('analyses.deals.noTitle')}</span>
              <span className="field-help">
                {t(`pipeline.stages.${deal.stage}`)} · {t(`analyses.series.${placement.series}`)}
              </span>
            </div>
            <div className="forecast-deal-side">
              <span>
                {placement.hasFee ? (
                  euros.format(placement.amount.exclVat)
                ) : (
                  <strong className="forecast-missing">{t('analyses.deals.noFee')}</strong>
                )}
              </span>
              {acte && (
                <span className="field-help">
                  {t(acte.estimated ? 'analyses.deals.acteEstimated' : 'analyses.deals.acte', {
                    date: day.format(acte.at),
                  })}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
