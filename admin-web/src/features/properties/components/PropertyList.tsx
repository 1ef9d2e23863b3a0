import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PropertyPhoto } from '@portail/web';
import type { PropertyRow } from '../api/listProperties.js';
import { formatPrice, formatSurface } from '../format.js';

/** One page of properties: rows on a desk, cards on a phone (properties.css). */
export function PropertyList({ rows }: { rows: PropertyRow[] }) {
  const { t } = useTranslation();
  return (
    <ul className="property-rows" aria-label={t('properties.list.results')}>
      {rows.map((row) => {
        const cover = row.photos[0]?.id;
        return (
          <li key={row.id}>
            <Link to={`/biens/${row.id}`} className="property-row">
              {cover ? (
                <PropertyPhoto
                  propertyId={row.id}
                  photoId={cover}
                  size="thumb"
                  alt={t('properties.list.coverOf', { title: row.title })}
                  className="property-row-photo"
                />
              ) : (
                <div
                  className="property-row-photo property-no-photo"
                  role="img"
                  aria-label={t('properties.list.noPhoto')}
                >
                  <span aria-hidden="true">{t('properties.list.noPhoto')}</span>
                </div>
              )}
              <div className="property-row-main">
                <h2 className="property-row-title">{row.title}</h2>
                <p className="property-meta">
                  {row.address?.city} {row.address?.postalCode}
                </p>
              </div>
              <p className="property-row-price">{formatPrice(row.price)}</p>
              <p className="property-row-facts">
                <span>{formatSurface(row.surface)}</span>
                <span>{t('properties.rooms', { count: row.rooms })}</span>
                <span>{t(`properties.types.${row.type}`)}</span>
              </p>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
