import { useTranslation } from 'react-i18next';
import { forecastSeries, type Forecast } from '@portail/shared';
import { seriesColours } from './ForecastChart.js';

/** The chart's numbers, month by month, excl. VAT with the total incl. VAT: the accessible view. */
export function ForecastTable({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const euros = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  return (
    <div className="forecast-table-wrap">
      <table className="forecast-table">
        <caption>{t('analyses.table.caption', { year: forecast.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analyses.table.month')}</th>
            {forecastSeries.map((series) => (
              <th scope="col" key={series}>
                <span
                  className="forecast-swatch"
                  style={{ background: seriesColours[series] }}
                  aria-hidden="true"
                />
                {t(`analyses.series.${series}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forecast.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName.format(Date.UTC(2000, m.month - 1, 1))}</th>
              {forecastSeries.map((series) => (
                <td key={series}>{m[series].exclVat ? euros.format(m[series].exclVat) : '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('analyses.table.totalExclVat')}</th>
            {forecastSeries.map((series) => (
              <td key={series}>{euros.format(forecast.totals[series].exclVat)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('analyses.table.totalInclVat')}</th>
            {forecastSeries.map((series) => (
              <td key={series}>{euros.format(forecast.totals[series].inclVat)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
