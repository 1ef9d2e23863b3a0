import { useTranslation } from 'react-i18next';

/**
 * 1 to 5 stars as a radio group: the arrow keys change the rating, and each star is read as
 * "3 étoiles sur 5". The stars up to the chosen one are lit.
 */
export function StarRating({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: number | undefined;
  onChange: (stars: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="space-stars">
      <legend>{label}</legend>
      <div className="space-stars-row">
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} className={stars <= (value ?? 0) ? 'space-star lit' : 'space-star'}>
            <input
              type="radio"
              name={name}
              value={stars}
              checked={value === stars}
              onChange={() => onChange(stars)}
              className="space-sr-only"
            />
            <span aria-hidden="true">★</span>
            <span className="space-sr-only">{t('space.reportForm.star', { count: stars })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
