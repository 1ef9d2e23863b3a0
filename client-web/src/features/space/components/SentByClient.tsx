import { useTranslation } from 'react-i18next';
import { reportCriteria } from '@portail/shared';
import { ClientPdfButton } from '../../dossiers/components/ClientPdfButton.js';
import type { SpaceAssignment } from '../api/readAssignment.js';
import { useFormat } from './format.js';

/** What the client already told the hunter about this property, newest step last. */
export function SentByClient({ card }: { card: SpaceAssignment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { visitRequest, report, offer, rejectedReason } = card;
  if (!visitRequest && !report && !offer && !rejectedReason) return null;
  const on = (at: number) => (at > 0 ? ` ${t('space.sent.on', { date: format.date(at) })}` : '');
  return (
    <section className="space-sent panel" aria-labelledby="space-sent-heading">
      <h2 id="space-sent-heading">{t('space.sent.heading')}</h2>
      {visitRequest && (
        <div className="space-sent-item">
          <h3>
            {t('space.sent.visitRequest')}
            <span className="space-sent-date">{on(visitRequest.at)}</span>
          </h3>
          <p className="space-quote">{visitRequest.availabilities}</p>
        </div>
      )}
      {report && (
        <div className="space-sent-item">
          <h3>
            {t('space.sent.report')}
            <span className="space-sent-date">{on(report.at)}</span>
          </h3>
          <dl className="facts space-sent-ratings">
            {reportCriteria
              .filter((criterion) => report.ratings[criterion] !== undefined)
              .map((criterion) => {
                const stars = report.ratings[criterion]!;
                return (
                  <div key={criterion} className="space-fact">
                    <dt>{t(`space.reportForm.criteria.${criterion}`)}</dt>
                    <dd>
                      <span className="space-stars-shown" aria-hidden="true">
                        {'★'.repeat(stars)}
                        <span className="space-stars-off">{'★'.repeat(5 - stars)}</span>
                      </span>
                      <span className="space-sr-only">
                        {t('space.sent.stars', { count: stars })}
                      </span>
                    </dd>
                  </div>
                );
              })}
          </dl>
          {report.comment && <p className="space-quote">{report.comment}</p>}
          <ClientPdfButton document="visitReport" propertyId={card.propertyId} />
        </div>
      )}
      {offer && (
        <div className="space-sent-item">
          <h3>
            {t('space.sent.offer')}
            <span className="space-sent-date">{on(offer.at)}</span>
          </h3>
          <p>
            {t('space.sent.offerLine', {
              amount: format.price(offer.amount),
              date: format.date(offer.validUntil),
            })}
          </p>
          <ClientPdfButton document="offerDraft" propertyId={card.propertyId} />
        </div>
      )}
      {rejectedReason && (
        <div className="space-sent-item">
          <h3>{t('space.sent.rejection')}</h3>
          <p className="space-quote">{rejectedReason}</p>
        </div>
      )}
    </section>
  );
}
