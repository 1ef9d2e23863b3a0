import { useTranslation } from 'react-i18next';
import type { ClientSnapshot } from '@portail/shared';
import { useFormat } from './format.js';

/** Price, area, rooms, bedrooms, type and energy rating: what the hunter filled in. */
export function PropertyFacts({ property }: { property: ClientSnapshot }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: [string, string][] = [
    [t('space.property.price'), property.price > 0 ? format.price(property.price) : ''],
    [t('space.property.surface'), property.surface > 0 ? format.area(property.surface) : ''],
    [t('space.property.rooms'), property.rooms > 0 ? String(property.rooms) : ''],
    [t('space.property.bedrooms'), property.bedrooms !== null ? String(property.bedrooms) : ''],
    [t('space.property.type'), t(`space.types.${property.type}`)],
    [t('space.property.energy'), property.energyRating ?? ''],
  ];
  return (
    <section className="space-facts" aria-labelledby="space-facts-heading">
      <h2 id="space-facts-heading">{t('space.property.details')}</h2>
      <dl className="facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label} className="space-fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
