import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pointOfInterestInput, poiTypes, type PoiType } from '@portail/shared';
import { Field } from '../forms/Field.js';
import { useForm } from '../forms/useForm.js';
import { useSavePoi, type SpacePoi } from './api/pois.js';
import { placeError } from './placeErrors.js';

interface Values {
  type: PoiType;
  name: string;
  address: string;
}

/** Adds a point (or edits `editing`): checked here with the shared schema, geocoded by the call. */
export function PlaceForm({
  tenantId,
  clientId,
  asStaff,
  editing,
  disabled,
  onDone,
}: {
  tenantId: string;
  clientId: string;
  asStaff: boolean;
  editing: SpacePoi | null;
  disabled: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const initial: Values = editing
    ? { type: editing.type, name: editing.name, address: editing.address }
    : { type: 'work', name: '', address: '' };
  const { form, set, bind, validate, errors, setErrors } = useForm<Values>(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSavePoi(tenantId, clientId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const parsed = validate(pointOfInterestInput);
    if (!parsed) return;
    try {
      const result = await save.mutateAsync({
        ...parsed,
        ...(editing ? { poiId: editing.id } : {}),
        ...(asStaff ? { clientId } : {}),
      });
      onDone(
        t(editing ? 'places.saved' : 'places.added', {
          name: parsed.name,
          address: result.address,
        }),
      );
    } catch (error) {
      const { message, field } = placeError(error, t);
      if (field) setErrors({ [field]: message });
      else setFailure(message);
    }
  }

  const busy = disabled || save.isPending;
  return (
    <form className="places-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{editing ? t('places.editTitle') : t('places.addTitle')}</h3>
      <div className="admin-field">
        <label htmlFor={`${id}-type`}>{t('places.type')}</label>
        <select
          id={`${id}-type`}
          value={form.type}
          disabled={busy}
          onChange={(event) => set('type', event.target.value as PoiType)}
        >
          {poiTypes.map((type) => (
            <option key={type} value={type}>
              {t(`places.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        id={`${id}-name`}
        label={t('places.name')}
        placeholder={t('places.namePlaceholder')}
        autoComplete="off"
        disabled={busy}
        {...bind('name')}
      />
      <Field
        id={`${id}-address`}
        label={t('places.address')}
        placeholder={t('places.addressPlaceholder')}
        autoComplete="street-address"
        disabled={busy}
        {...bind('address')}
        error={errors.address}
      />
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <div className="places-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {save.isPending ? t('places.saving') : editing ? t('places.save') : t('places.add')}
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={() => onDone('')} disabled={busy}>
            {t('places.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
