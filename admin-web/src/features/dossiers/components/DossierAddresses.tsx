import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierAddressLabel } from '@portail/shared';
import type { DossierRow } from '../api/dossierRow.js';

/**
 * Where the dossiers of the page are, by town, each leading to its dossier: the text companion of
 * the map (DossiersListOrMap), readable without it.
 */
export function DossierAddresses({ rows }: { rows: DossierRow[] }) {
  const { t } = useTranslation();
  const placed = rows.filter((row) => row.address);
  const towns = new Map<string, DossierRow[]>();
  for (const row of placed) {
    const town = `${row.address!.postalCode} ${row.address!.city}`;
    towns.set(town, [...(towns.get(town) ?? []), row]);
  }
  return (
    <section className="panel dossier-addresses" aria-labelledby="dossier-addresses-title">
      <h2 id="dossier-addresses-title">{t('dossiers.addresses')}</h2>
      <p className="field-help">{t('dossiers.addressesHint')}</p>
      {placed.length === 0 ? (
        <p>{t('dossiers.noAddress')}</p>
      ) : (
        <dl>
          {[...towns].map(([town, list]) => (
            <div key={town}>
              <dt>{town}</dt>
              {list.map((row) => (
                <dd key={row.id}>
                  <Link to={`/dossiers/${row.id}`}>{row.title}</Link>{' '}
                  <span className="field-help">
                    {dossierAddressLabel(row.address)}
                    {row.location ? ' 📍' : ''}
                  </span>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
