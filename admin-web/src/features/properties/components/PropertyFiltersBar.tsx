import { useTranslation } from 'react-i18next';
import { propertyTypes } from '@portail/shared';
import { Field } from '@portail/web';
import {
  propertySorts,
  type FilterDraft,
  type FilterProblem,
  type NumberFilter,
} from '../propertyFilters.js';
import { SelectField } from './FormControls.js';

/** The search box, the filters and the sort of the property list. */
export function PropertyFiltersBar({
  draft,
  problems,
  onChange,
  onReset,
  filtered,
}: {
  draft: FilterDraft;
  problems: Partial<Record<NumberFilter, FilterProblem>>;
  onChange: (draft: FilterDraft) => void;
  onReset: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const set = (key: keyof FilterDraft) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [key]: event.target.value });
  const number = (name: NumberFilter) => (
    <Field
      key={name}
      name={`filter-${name}`}
      label={t(`properties.list.${name}`)}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={draft[name]}
      onChange={set(name)}
      error={problems[name] ? t(`properties.list.${problems[name]}`) : undefined}
    />
  );
  return (
    <form
      role="search"
      className="property-filters panel"
      aria-label={t('properties.list.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Field
        name="property-search"
        label={t('properties.list.search')}
        type="search"
        placeholder={t('properties.list.searchHint')}
        value={draft.search}
        onChange={set('search')}
      />
      <div className="property-filter-grid">
        <SelectField
          name="filter-type"
          label={t('properties.list.type')}
          value={draft.type}
          onChange={set('type')}
        >
          <option value="">{t('properties.list.anyType')}</option>
          {propertyTypes.map((type) => (
            <option key={type} value={type}>
              {t(`properties.types.${type}`)}
            </option>
          ))}
        </SelectField>
        {number('priceMin')}
        {number('priceMax')}
        {number('surfaceMin')}
        {number('roomsMin')}
        <SelectField
          name="filter-sort"
          label={t('properties.list.sort')}
          value={draft.sort}
          onChange={set('sort')}
        >
          {propertySorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`properties.list.sorts.${sort}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {filtered && (
        <button type="button" className="secondary property-filters-reset" onClick={onReset}>
          {t('properties.list.reset')}
        </button>
      )}
    </form>
  );
}
