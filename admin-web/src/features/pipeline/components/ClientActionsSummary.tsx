import { useTranslation } from 'react-i18next';
import { reportCriteria } from '@portail/shared';
import { GeneratedPdfButton } from '../../dossiers/components/GeneratedPdfButton.js';
import type { AssignmentCard } from '../api/assignmentCard.js';
import { useFormat } from '../format.js';

function Stars({ count, label }: { count: number; label: string }) {
  return (
    <span className="pipeline-stars" role="img" aria-label={label}>
      {'★'.repeat(count)}
      <span className="pipeline-stars-off">{'★'.repeat(Math.max(0, 5 - count))}</span>
    </span>
  );
}

/** What the client did on the card: visit request, visit report, offer, reason for rejecting. */
export function ClientActionsSummary({ card }: { card: AssignmentCard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { visitRequest, report, offer } = card;
  const reason = card.stage === 'rejected' ? card.rejectedReason : null;
  if (!visitRequest && !report && !offer && !reason) return null;
  return (
    <div className="pipeline-client-actions">
      {visitRequest && (
        <div className="pipeline-action">
          <p className="pipeline-action-title">
            {t('pipeline.actions.visitRequest', { date: format.date(visitRequest.at) })}
          </p>
          <p className="pipeline-quote">{visitRequest.availabilities}</p>
        </div>
      )}
      {report && (
        <div className="pipeline-action">
          <p className="pipeline-action-title">
            {t('pipeline.actions.report', { date: format.date(report.at) })}
          </p>
          <dl className="pipeline-ratings">
            {reportCriteria
              .filter((criterion) => report.ratings[criterion] !== undefined)
              .map((criterion) => {
                const stars = report.ratings[criterion] ?? 0;
                return (
                  <div key={criterion}>
                    <dt>{t(`pipeline.actions.criteria.${criterion}`)}</dt>
                    <dd>
                      <Stars count={stars} label={t('pipeline.actions.stars', { count: stars })} />
                    </dd>
                  </div>
                );
              })}
          </dl>
          {report.comment && <p className="pipeline-quote">{report.comment}</p>}
          <GeneratedPdfButton
            document="visitReport"
            propertyId={card.propertyId}
            clientId={card.clientId}
          />
        </div>
      )}
      {offer && (
        <div className="pipeline-action">
          <p className="pipeline-action-title">
            {t('pipeline.actions.offer', {
              amount: format.price(offer.amount),
              until: format.date(offer.validUntil),
            })}
          </p>
          <p className="field-help">
            {t('pipeline.actions.offerAt', { date: format.date(offer.at) })}
          </p>
          <GeneratedPdfButton
            document="offerDraft"
            propertyId={card.propertyId}
            clientId={card.clientId}
          />
        </div>
      )}
      {reason && (
        <div className="pipeline-action">
          <p className="pipeline-action-title">{t('pipeline.actions.rejectedReason')}</p>
          <p className="pipeline-quote">{reason}</p>
        </div>
      )}
    </div>
  );
}
