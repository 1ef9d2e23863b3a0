import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listingPortals,
  propertyTypes,
  saveSearchInput,
  type ListingPortal,
  type PropertyType,
  type SaveSearchInput,
} from '@portail/shared';
import { Field, useReadOnly } from '@portail/web';
import { useSaveSearch, type SearchRow } from '../api/searches.js';
import { useAggregatorError } from './useAggregatorError.js';

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));
const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A1: a saved search's name, sites and criteria, checked with the shared schema before saving. */
export function SearchForm({ initial, onDone }: { initial?: SearchRow; onDone: () => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const save = useSaveSearch();
  const describe = useAggregatorError();
  const criteria = initial?.criteria;
  const [name, setName] = useState(initial?.name ?? '');
  const [portals, setPortals] = useState<ListingPortal[]>(
    initial?.portals ?? ['seloger', 'bienici', 'leboncoin'],
  );
  const [cities, setCities] = useState(criteria?.cities.join(', ') ?? '');
  const [postalCodes, setPostalCodes] = useState(criteria?.postalCodes.join(', ') ?? '');
  const [numbers, setNumbers] = useState({
    priceMin: text(criteria?.priceMin),
    priceMax: text(criteria?.priceMax),
    surfaceMin: text(criteria?.surfaceMin),
    surfaceMax: text(criteria?.surfaceMax),
    roomsMin: text(criteria?.roomsMin),
  });
  const [types, setTypes] = useState<PropertyType[]>(criteria?.types ?? []);
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: SaveSearchInput = {
      ...(initial && { searchId: initial.id }),
      name,
      portals,
      enabled,
      criteria: {
        cities: list(cities),
        postalCodes: list(postalCodes),
        types,
        priceMin: numberOrUndefined(numbers.priceMin),
        priceMax: numberOrUndefined(numbers.priceMax),
        surfaceMin: numberOrUndefined(numbers.surfaceMin),
        surfaceMax: numberOrUndefined(numbers.surfaceMax),
        roomsMin: numberOrUndefined(numbers.roomsMin),
      },
    };
    const parsed = saveSearchInput.safeParse(input);
    if (!parsed.success) {
      // `criteria.postalCodes.1` is the postal codes' field: the last named segment names it.
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String([...issue.path].reverse().find((part) => typeof part === 'string'));
        found[key] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(input, { onSuccess: onDone });
  }

  const numberField = (key: keyof typeof numbers) => (
    <Field
      key={key}
      name={`search-${key}`}
      label={t(`aggregator.searches.${key}`)}
      inputMode="numeric"
      value={numbers[key]}
      error={errors[key]}
      onChange={(event) => setNumbers({ ...numbers, [key]: event.target.value })}
    />
  );

  return (
    <form className="panel search-form" onSubmit={submit} noValidate>
      <h2>{initial ? t('aggregator.searches.editTitle') : t('aggregator.searches.newTitle')}</h2>
      <Field
        name="search-name"
        label={t('aggregator.searches.name')}
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="choice-group">
        <legend>{t('aggregator.searches.portals')}</legend>
        {listingPortals.map((portal) => (
          <label key={portal} className="checkbox">
            <input
              type="checkbox"
              checked={portals.includes(portal)}
              onChange={(event) =>
                setPortals(
                  event.target.checked
                    ? [...portals, portal]
                    : portals.filter((chosen) => chosen !== portal),
                )
              }
            />
            {t(`aggregator.portals.${portal}`)}
          </label>
        ))}
        {errors.portals && <small className="field-error">{errors.portals}</small>}
      </fieldset>
      <div className="search-form-grid">
        <Field
          name="search-cities"
          label={t('aggregator.searches.cities')}
          hint={t('aggregator.searches.citiesHint')}
          value={cities}
          error={errors.cities}
          onChange={(event) => setCities(event.target.value)}
        />
        <Field
          name="search-postalCodes"
          label={t('aggregator.searches.postalCodes')}
          hint={t('aggregator.searches.postalCodesHint')}
          inputMode="numeric"
          value={postalCodes}
          error={errors.postalCodes}
          onChange={(event) => setPostalCodes(event.target.value)}
        />
        {numberField('priceMin')}
        {numberField('priceMax')}
        {numberField('surfaceMin')}
        {numberField('surfaceMax')}
        {numberField('roomsMin')}
      </div>
      <fieldset className="choice-group">
        <legend>{t('aggregator.searches.types')}</legend>
        {propertyTypes.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(event) =>
                setTypes(
                  event.target.checked ? [...types, type] : types.filter((kept) => kept !== type),
                )
              }
            />
            {t(`properties.types.${type}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        {t('aggregator.searches.enabled')}
      </label>
      {save.isError && (
        <p role="alert" className="error">
          {describe(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onDone}>
          {t('aggregator.searches.cancel')}
        </button>
        <button type="submit" className="primary" disabled={readOnly || save.isPending}>
          {save.isPending ? t('aggregator.searches.saving') : t('aggregator.searches.save')}
        </button>
      </div>
    </form>
  );
}
