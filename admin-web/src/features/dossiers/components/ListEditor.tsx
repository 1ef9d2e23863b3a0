import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** An editable list of short texts (steps, conclusions): one input per item, add and remove. */
export function ListEditor<T>({
  legend,
  items,
  labelOf,
  addLabel,
  textOf,
  withText,
  blank,
  onChange,
  extra,
}: {
  legend: string;
  items: T[];
  labelOf: (n: number) => string;
  addLabel: string;
  textOf: (item: T) => string;
  withText: (item: T, text: string) => T;
  blank: T;
  onChange: (items: T[]) => void;
  extra?: (item: T, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="dossier-list-editor">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <div key={index} className="dossier-list-item">
          <input
            aria-label={labelOf(index + 1)}
            value={textOf(item)}
            onChange={(e) =>
              onChange(items.map((it, i) => (i === index ? withText(it, e.target.value) : it)))
            }
          />
          {extra?.(item, index)}
          <button
            type="button"
            className="secondary"
            aria-label={`${t('dossiers.form.remove')} — ${labelOf(index + 1)}`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            {t('dossiers.form.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...items, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
