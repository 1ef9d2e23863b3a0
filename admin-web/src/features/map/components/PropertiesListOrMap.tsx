import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropertyRow } from '../../properties/api/listProperties.js';
import { formatPrice } from '../../properties/format.js';
import { ListOrMap } from './ListOrMap.js';

/** The properties list's « Carte »: the current page's properties that have a location. */
export function PropertiesListOrMap({
  rows,
  children,
}: {
  rows: readonly PropertyRow[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ListOrMap
      label={t('places.map.propertiesLabel')}
      rows={rows.map((row) => ({
        id: row.id,
        title: row.title,
        detail: formatPrice(row.price),
        location: row.location,
        href: `/biens/${encodeURIComponent(row.id)}`,
      }))}
    >
      {children}
    </ListOrMap>
  );
}
