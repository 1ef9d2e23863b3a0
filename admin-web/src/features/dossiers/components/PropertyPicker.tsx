import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropertyAddress } from '@portail/shared';
import { useProperty } from '../../properties/api/propertyRecord.js';
import { useDebounced } from '../../properties/components/useDebounced.js';
import { usePropertyOptions } from '../api/propertyOptions.js';

export interface PickedProperty {
  id: string;
  address: PropertyAddress;
}

/**
 * The dossier's property (optional), chosen by searching the agency's properties; choosing one
 * fills the dossier's address with the property's, which the hunter may still edit.
 */
export function PropertyPicker({
  propertyId,
  onPick,
}: {
  propertyId: string | null;
  onPick: (property: PickedProperty | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text);
  const options = usePropertyOptions(search);
  const linked = useProperty(propertyId);
  const rows = text.trim() ? (options.data ?? []) : [];

  if (propertyId) {
    const title = linked.data?.title ?? (linked.isPending ? '…' : t('dossiers.picker.gone'));
    return (
      <div className="admin-field property-picker">
        <span className="property-picker-label">{t('dossiers.picker.label')}</span>
        <div className="property-picker-linked">
          <span>{title}</span>
          <button type="button" className="secondary" onClick={() => onPick(null)}>
            {t('dossiers.picker.unlink')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="admin-field property-picker">
      <label htmlFor={`${id}-search`}>{t('dossiers.picker.label')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={text}
        placeholder={t('dossiers.picker.placeholder')}
        aria-describedby={`${id}-help`}
        onChange={(e) => setText(e.target.value)}
      />
      <small id={`${id}-help`} className="field-help">
        {t('dossiers.picker.help')}
      </small>
      {options.isError && (
        <p role="alert" className="field-error">
          {t('dossiers.picker.failed')}
        </p>
      )}
      {text.trim() && options.isSuccess && rows.length === 0 && !options.isFetching && (
        <p role="status">{t('dossiers.picker.none')}</p>
      )}
      {rows.length > 0 && (
        <ul className="property-picker-options" aria-label={t('dossiers.picker.results')}>
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                onClick={() => {
                  onPick({ id: row.id, address: row.address });
                  setText('');
                }}
              >
                <strong>{row.title}</strong>
                <span>
                  {row.address.street}, {row.address.postalCode} {row.address.city}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
