import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useReadOnly } from '@portail/web';
import { formatPrice, formatSurface } from '../../properties/format.js';
import { useCreatePropertyFromEntry, useDismissEntry, type InboxRow } from '../api/inbox.js';
import { useAggregatorError } from './useAggregatorError.js';

/**
 * One listing of the inbox. Its photos stay on the portal until the listing becomes a property
 * (they are copied then): the inbox shows a placeholder rather than load a portal's images.
 */
export function InboxCard({ entry }: { entry: InboxRow }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const navigate = useNavigate();
  const describe = useAggregatorError();
  const create = useCreatePropertyFromEntry(
    (result) => void navigate(`/biens/${result.propertyId}`),
  );
  const dismiss = useDismissEntry();
  const [confirming, setConfirming] = useState(false);
  const { listing } = entry;
  const headingId = `inbox-${entry.id}`;

  return (
    <li className="inbox-card" aria-labelledby={headingId}>
      <div className="inbox-photo" role="img" aria-label={t('aggregator.inbox.noPhoto')}>
        <span aria-hidden="true">
          {listing.photos.length > 0
            ? t('aggregator.inbox.photoPending', { count: listing.photos.length })
            : t('aggregator.inbox.noPhoto')}
        </span>
      </div>
      <div className="inbox-main">
        <h2 id={headingId} className="inbox-title">
          {listing.title}
        </h2>
        <p className="inbox-facts">
          {listing.price !== undefined && <strong>{formatPrice(listing.price)}</strong>}
          {listing.surface !== undefined && <span>{formatSurface(listing.surface)}</span>}
          {listing.rooms !== undefined && (
            <span>{t('aggregator.inbox.rooms', { count: listing.rooms })}</span>
          )}
          <span>
            {listing.city ?? ''} {listing.postalCode ?? ''}
          </span>
        </p>
        <p className="inbox-sources">
          <span>{t('aggregator.inbox.seenOn')}</span>
          {entry.sources.map((source) => (
            <a
              key={`${source.portal}:${source.portalId}`}
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              className="chip"
              aria-label={t('aggregator.inbox.open', {
                portal: t(`aggregator.portals.${source.portal}`),
              })}
            >
              {t(`aggregator.portals.${source.portal}`)} ↗
            </a>
          ))}
        </p>
        <div className="inbox-actions">
          {entry.status === 'assigned' && entry.propertyId ? (
            <Link to={`/biens/${entry.propertyId}`} className="link-button primary">
              {t('aggregator.inbox.openProperty')}
            </Link>
          ) : (
            <>
              <button
                type="button"
                className="primary"
                disabled={readOnly || create.isPending}
                onClick={() => create.mutate(entry.id)}
              >
                {create.isPending ? t('aggregator.inbox.creating') : t('aggregator.inbox.create')}
              </button>
              {entry.status !== 'dismissed' && (
                <button
                  type="button"
                  className="secondary"
                  disabled={readOnly || dismiss.isPending}
                  onClick={() => setConfirming(true)}
                >
                  {t('aggregator.inbox.dismiss')}
                </button>
              )}
            </>
          )}
        </div>
        {create.isError && (
          <p role="alert" className="error">
            {describe(create.error)}
          </p>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('aggregator.inbox.dismissTitle')}
          confirmLabel={t('aggregator.inbox.dismiss')}
          danger
          pending={dismiss.isPending}
          error={describe(dismiss.error)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => dismiss.mutate(entry.id, { onSuccess: () => setConfirming(false) })}
        >
          <p>{t('aggregator.inbox.dismissBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
