import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  addressPrecisions,
  clientAddressLabel,
  energyRatings,
  propertyFieldsSchema,
  propertyTypes,
  type SavePropertyResult,
} from '@portail/shared';
import { Field, useForm, useReadOnly } from '@portail/web';
import { useSaveProperty } from '../api/saveProperty.js';
import type { PropertyFieldName, PropertyFormValues } from '../propertyForm.js';
import { fieldsInputOf } from '../propertyForm.js';
import { SelectField, TextAreaField } from './FormControls.js';
import { GeocodeOutcome } from './GeocodeOutcome.js';
import { SourceToggle } from './SourceToggle.js';
import { useLocalised } from './useLocalError.js';

type Geocode = SavePropertyResult['geocode'];
/** What the page is told after creating a property and moving to its own address. */
interface CreatedState {
  created?: boolean;
  geocode?: Geocode;
}

/**
 * Every field of `propertyFieldsSchema`, checked by that schema before anything is sent (its
 * messages next to the fields), saved through `saveProperty`; then how the address was placed
 * on the map, from the function's answer.
 */
export function PropertyForm({
  propertyId,
  initial,
}: {
  propertyId: string | null;
  initial: PropertyFormValues;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const readOnly = useReadOnly();
  const navigate = useNavigate();
  const arrived = (useLocation().state ?? {}) as CreatedState;
  const { form, set, bind, errors, validate } = useForm(initial);
  const save = useSaveProperty();
  const [outcome, setOutcome] = useState<Geocode | null>(arrived.geocode ?? null);
  const [created, setCreated] = useState(arrived.created === true);
  const [invalid, setInvalid] = useState(false);

  const errorOf = (name: PropertyFieldName) =>
    errors[name] && localised.message(errors[name], `properties.fieldErrors.${name}`);
  const text = (name: PropertyFieldName & keyof PropertyFormValues, label: string) => ({
    ...bind(name as 'title'),
    name,
    label,
    error: errorOf(name),
    disabled: readOnly,
  });
  const number = (name: PropertyFieldName & keyof PropertyFormValues, label: string) => ({
    ...text(name, label),
    type: 'text',
    inputMode: name === 'surface' ? ('decimal' as const) : ('numeric' as const),
    autoComplete: 'off',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setCreated(false);
    const fields = validate(propertyFieldsSchema, fieldsInputOf(form), 'last');
    setInvalid(!fields);
    if (!fields) {
      // Straight to the first field to fix, as a screen reader would want.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.property-form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    save.mutate(
      { ...(propertyId ? { propertyId } : {}), fields },
      {
        onSuccess: (result) => {
          if (propertyId) setOutcome(result.geocode);
          else {
            navigate(`/biens/${result.propertyId}`, {
              replace: true,
              state: { created: true, geocode: result.geocode } satisfies CreatedState,
            });
          }
        },
      },
    );
  }

  const preview = clientAddressLabel(
    { street: form.street, postalCode: form.postalCode, city: form.city },
    form.addressPrecision,
  );

  return (
    <form
      className="panel property-form"
      onSubmit={submit}
      noValidate
      aria-label={t('properties.editor.form')}
    >
      <fieldset>
        <legend>{t('properties.editor.sections.main')}</legend>
        <div className="property-form-grid">
          <div className="span-all">
            <Field {...text('title', t('properties.editor.fields.title'))} maxLength={140} />
          </div>
          <SelectField
            name="type"
            label={t('properties.editor.fields.type')}
            value={form.type}
            error={errorOf('type')}
            disabled={readOnly}
            onChange={(e) => set('type', e.target.value as PropertyFormValues['type'])}
          >
            {propertyTypes.map((type) => (
              <option key={type} value={type}>
                {t(`properties.types.${type}`)}
              </option>
            ))}
          </SelectField>
          <Field {...number('price', t('properties.editor.fields.price'))} />
          <Field {...number('surface', t('properties.editor.fields.surface'))} />
          <Field {...number('rooms', t('properties.editor.fields.rooms'))} />
          <Field
            {...number('bedrooms', t('properties.editor.fields.bedrooms'))}
            hint={t('properties.editor.fields.optional')}
          />
          <SelectField
            name="energyRating"
            label={t('properties.editor.fields.energyRating')}
            value={form.energyRating}
            disabled={readOnly}
            onChange={(e) =>
              set('energyRating', e.target.value as PropertyFormValues['energyRating'])
            }
          >
            <option value="">{t('properties.editor.fields.noRating')}</option>
            {energyRatings.map((rating) => (
              <option key={rating} value={rating}>
                {rating}
              </option>
            ))}
          </SelectField>
          <div className="span-all">
            <TextAreaField
              name="description"
              label={t('properties.editor.fields.description')}
              rows={5}
              value={form.description}
              error={errorOf('description')}
              disabled={readOnly}
              onChange={(e) => set('description', e.target.value)}
            />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('properties.editor.sections.address')}</legend>
        <div className="property-form-grid">
          <div className="span-all">
            <Field
              {...text('street', t('properties.editor.fields.street'))}
              autoComplete="street-address"
            />
          </div>
          <Field
            {...text('postalCode', t('properties.editor.fields.postalCode'))}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
          />
          <Field
            {...text('city', t('properties.editor.fields.city'))}
            autoComplete="address-level2"
          />
          <fieldset className="span-all precision-choice">
            <legend>{t('properties.editor.fields.precision')}</legend>
            <div className="precision-options">
              {addressPrecisions.map((precision) => (
                <label key={precision} className="precision-option">
                  <input
                    type="radio"
                    name="addressPrecision"
                    value={precision}
                    checked={form.addressPrecision === precision}
                    disabled={readOnly}
                    onChange={() => set('addressPrecision', precision)}
                  />
                  {t(`properties.precisions.${precision}`)}
                </label>
              ))}
            </div>
            {preview.trim() && (
              <p className="field-help">{t('properties.editor.clientSees', { label: preview })}</p>
            )}
          </fieldset>
        </div>
      </fieldset>

      <fieldset className="property-private">
        <legend>
          {t('properties.editor.sections.private')}{' '}
          <span className="private-badge">{t('properties.editor.privateBadge')}</span>
        </legend>
        <TextAreaField
          name="privateNote"
          label={t('properties.editor.fields.privateNote')}
          hint={t('properties.editor.fields.privateNoteHint')}
          rows={3}
          value={form.privateNote}
          error={errorOf('privateNote')}
          disabled={readOnly}
          onChange={(e) => set('privateNote', e.target.value)}
        />
        <div className="source-row">
          <Field
            {...text('sourceUrl', t('properties.editor.fields.sourceUrl'))}
            type="url"
            inputMode="url"
            placeholder="https://"
          />
          <SourceToggle
            shown={form.showSourceToClient}
            disabled={readOnly}
            onChange={(shown) => set('showSourceToClient', shown)}
          />
        </div>
      </fieldset>

      {invalid && (
        <p role="alert" className="error">
          {t('properties.editor.invalid')}
        </p>
      )}
      {save.isError && (
        <p role="alert" className="error">
          {localised.failure(save.error, 'properties.editor.saveFailed')}
        </p>
      )}
      <div role="status" className="property-save-status">
        {created && <p className="notice">{t('properties.editor.created')}</p>}
        {outcome && !created && outcome.status !== 'unchanged' && (
          <p className="notice">{t('properties.editor.saved')}</p>
        )}
        {outcome && <GeocodeOutcome geocode={outcome} />}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={readOnly || save.isPending}>
          {save.isPending
            ? t('properties.editor.saving')
            : propertyId
              ? t('properties.editor.save')
              : t('properties.editor.create')}
        </button>
      </div>
    </form>
  );
}
