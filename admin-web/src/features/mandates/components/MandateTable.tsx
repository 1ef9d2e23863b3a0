import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withdrawalEndsOn, mandateEndsOn } from '@portail/shared';
import type { MandateRow } from '../api/mandatePage.js';
import { formatDay, formatEuro } from './formatDay.js';

/** The register's entries, in number order; each may be corrected (by a new entry). */
export function MandateTable({
  rows,
  showClient,
  readOnly,
  onCorrect,
}: {
  rows: MandateRow[];
  showClient: boolean;
  readOnly: boolean;
  onCorrect: (row: MandateRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const day = (value: string | number) => formatDay(value, i18n.language);
  return (
    <table className="mandate-table">
      <thead>
        <tr>
          <th scope="col">{t('mandates.columns.number')}</th>
          <th scope="col">{t('mandates.columns.date')}</th>
          {showClient && <th scope="col">{t('mandates.columns.client')}</th>}
          <th scope="col">{t('mandates.columns.signature')}</th>
          <th scope="col">{t('mandates.columns.term')}</th>
          <th scope="col">{t('mandates.columns.fee')}</th>
          <th scope="col">{t('mandates.columns.note')}</th>
          <th scope="col" className="no-print">
            {t('mandates.columns.actions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const withdrawal = withdrawalEndsOn(row);
          return (
            <tr key={row.id}>
              <td data-label={t('mandates.columns.number')}>
                <strong>{row.number}</strong>
              </td>
              <td data-label={t('mandates.columns.date')}>{day(row.date)}</td>
              {showClient && (
                <td data-label={t('mandates.columns.client')}>
                  <Link to={`/mandats?client=${row.clientId}`}>{row.clientName}</Link>
                </td>
              )}
              <td data-label={t('mandates.columns.signature')}>
                {row.signedRemotely ? t('mandates.remote') : t('mandates.inPerson')}
                {withdrawal && (
                  <small className="mandate-withdrawal">
                    {t('mandates.withdrawal', { date: day(withdrawal) })}
                  </small>
                )}
              </td>
              <td data-label={t('mandates.columns.term')}>
                {t('mandates.months', { count: row.termMonths })}{' '}
                <small>{t('mandates.endsOn', { date: day(mandateEndsOn(row)) })}</small>
              </td>
              <td data-label={t('mandates.columns.fee')} className="number">
                {formatEuro(row.fee, i18n.language)}
              </td>
              <td data-label={t('mandates.columns.note')}>
                {row.correctionOfNumber !== null && (
                  <small className="mandate-correction">
                    {t('mandates.correctionOf', { number: row.correctionOfNumber })}
                  </small>
                )}
                {row.note}
                <small className="mandate-kept">
                  {t('mandates.keptUntil', { date: day(row.retainUntil) })}
                </small>
              </td>
              <td className="no-print">
                <button
                  type="button"
                  className="secondary"
                  disabled={readOnly}
                  aria-label={t('mandates.correctName', { number: row.number })}
                  onClick={() => onCorrect(row)}
                >
                  {t('mandates.correct')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
