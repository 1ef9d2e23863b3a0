import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierAddressLabel } from '@portail/shared';
import type { DossierRow } from '../../dossiers/api/dossierRow.js';
import { ListOrMap } from './ListOrMap.js';

/** Issue 9's map of addresses: the current page's dossiers that have a location. */
export function DossiersListOrMap({
  rows,
  children,
}: {
  rows: readonly DossierRow[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ListOrMap
      kind="dossier"
      label={t('places.map.dossiersLabel')}
      rows={rows.map((row) => ({
        id: row.id,
        title: row.title,
        detail: dossierAddressLabel(row.address),
        location: row.location,
        href: `/dossiers/${encodeURIComponent(row.id)}`,
      }))}
    >
      {children}
    </ListOrMap>
  );
}
