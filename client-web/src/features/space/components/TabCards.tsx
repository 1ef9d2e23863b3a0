import { useTranslation } from 'react-i18next';
import type { ClientTab } from '@portail/shared';
import { isPermissionDenied } from '@portail/web';
import type { SpaceAssignment } from '../api/readAssignment.js';
import { PropertyCard } from './PropertyCard.js';

/** The active tab's cards, what goes there when it is empty, and "Voir plus". */
export function TabCards({
  tab,
  cards,
  error,
  hasMore,
  loadingMore,
  nothingAnywhere,
  onMore,
}: {
  tab: ClientTab;
  cards: SpaceAssignment[] | undefined;
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  /** Every tab is empty: the space has received nothing yet. */
  nothingAnywhere: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (error) {
    // A refused read switches the whole shell to the "access disabled" page.
    return isPermissionDenied(error) ? null : (
      <p role="alert" className="error">
        {t('space.loadFailed')}
      </p>
    );
  }
  if (!cards) return <p aria-busy="true">{t('common.loading')}</p>;
  if (cards.length === 0) {
    return (
      <p className="space-empty">
        {nothingAnywhere ? t('space.empty.nothingYet') : t(`space.empty.${tab}`)}
      </p>
    );
  }
  return (
    <>
      <ul className="space-cards" aria-label={t(`space.tabs.${tab}`)}>
        {cards.map((card) => (
          <PropertyCard key={card.propertyId} card={card} />
        ))}
      </ul>
      {(hasMore || loadingMore) && (
        <div className="space-more">
          <button type="button" className="secondary" onClick={onMore} disabled={loadingMore}>
            {loadingMore ? t('space.loadingMore') : t('space.more')}
          </button>
        </div>
      )}
    </>
  );
}
