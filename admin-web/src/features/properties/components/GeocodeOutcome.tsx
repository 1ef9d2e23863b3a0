import { useTranslation } from 'react-i18next';
import type { SavePropertyResult } from '@portail/shared';

/** How saveProperty placed the address on the map; a property is saved in every case. */
export function GeocodeOutcome({ geocode }: { geocode: SavePropertyResult['geocode'] }) {
  const { t } = useTranslation();
  switch (geocode.status) {
    case 'found':
      return (
        <p className="notice geocode-found">
          {t('properties.editor.geocode.found', {
            label: geocode.label,
            precision: t(`properties.geocodePrecisions.${geocode.precision}`, {
              defaultValue: geocode.precision,
            }),
          })}
        </p>
      );
    case 'not-found':
      return <p className="notice notice-warning">{t('properties.editor.geocode.notFound')}</p>;
    case 'unavailable':
      return <p className="notice notice-warning">{t('properties.editor.geocode.unavailable')}</p>;
    case 'unchanged':
      return <p className="notice">{t('properties.editor.geocode.unchanged')}</p>;
  }
}
