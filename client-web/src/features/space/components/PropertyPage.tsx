import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { tabOfStage } from '@portail/shared';
import { isPermissionDenied, ShellPage } from '@portail/web';
import { useSpaceAssignment } from '../api/spaceAssignment.js';
import type { SpaceAssignment } from '../api/readAssignment.js';
import { PropertyTravelTimes } from '../../pois/PropertyTravelTimes.js';
import { PropertyDocuments } from '../../documents/components/PropertyDocuments.js';
import { Gallery } from './Gallery.js';
import { PropertyActions } from './PropertyActions.js';
import { PropertyFacts } from './PropertyFacts.js';
import { SentByClient } from './SentByClient.js';
import { tabHref } from './tabSlugs.js';
import '../space.css';

/** C1–C2: one property of the client's space, live, with the actions of its stage. */
export function PropertyPage() {
  const { t } = useTranslation();
  const { propertyId = '' } = useParams();
  const card = useSpaceAssignment(propertyId);

  if (card.isError) {
    // A refused read switches the whole shell to the "access disabled" page.
    return isPermissionDenied(card.error) ? null : (
      <ShellPage title={t('space.property.unavailable')}>
        <p role="alert" className="error">
          {t('space.loadFailed')}
        </p>
      </ShellPage>
    );
  }
  if (card.isPending) {
    return (
      <ShellPage title={t('common.loading')}>
        <p aria-busy="true">{t('common.loading')}</p>
      </ShellPage>
    );
  }
  if (!card.data) {
    return (
      <div className="space-property">
        <Link to="/" className="space-back">
          {t('space.property.back')}
        </Link>
        <ShellPage title={t('space.property.unavailable')}>
          <div className="panel space-unavailable">
            <p>{t('space.property.unavailableBody')}</p>
            <Link to="/" className="space-button-link">
              {t('space.property.toSpace')}
            </Link>
          </div>
        </ShellPage>
      </div>
    );
  }
  return <PropertyView card={card.data} />;
}

function PropertyView({ card }: { card: SpaceAssignment }) {
  const { t } = useTranslation();
  const { property } = card;
  const title = property.title || t('space.card.untitled');
  const place =
    property.addressLabel || [property.postalCode, property.city].filter(Boolean).join(' ');
  return (
    <div className="space-property">
      <Link to={tabHref(tabOfStage(card.stage))} className="space-back">
        {t('space.property.back')}
      </Link>
      <ShellPage title={title}>
        <p className="space-property-place">
          <span className={`stage-badge stage-${card.stage}`}>
            {t(`space.stages.${card.stage}`)}
          </span>
          {place && <span>{place}</span>}
        </p>
        <div className="space-property-layout">
          <div className="space-property-main">
            <Gallery propertyId={card.propertyId} photos={property.photos} />
            <PropertyFacts property={property} />
            {property.description && (
              <section className="space-description" aria-labelledby="space-description-heading">
                <h2 id="space-description-heading">{t('space.property.description')}</h2>
                <p>{property.description}</p>
              </section>
            )}
            {card.sourceUrl && (
              <p>
                <a href={card.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {t('space.property.source')}
                </a>
              </p>
            )}
            <PropertyTravelTimes
              propertyId={card.propertyId}
              hasLocation={property.location !== null}
            />
            <PropertyDocuments propertyId={card.propertyId} />
            <SentByClient card={card} />
            <Link
              to={`/messages?bien=${encodeURIComponent(card.propertyId)}`}
              className="space-button-link"
            >
              {t('messages.ask')}
            </Link>
          </div>
          <PropertyActions card={card} />
        </div>
      </ShellPage>
    </div>
  );
}
