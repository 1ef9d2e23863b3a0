import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appointmentFormValues,
  appointmentInput,
  appointmentTypes,
  type AppointmentInput,
} from '@portail/shared';
import { errorMessage, Field } from '@portail/web';
import type { Appointment } from '../api/appointments.js';
import type { PropertyOption } from '../api/clientProperties.js';

type FormValues = Record<
  'title' | 'type' | 'date' | 'start' | 'end' | 'place' | 'propertyId',
  string
>;

const blank: FormValues = {
  title: '',
  type: 'visit',
  date: '',
  start: '10:00',
  end: '11:00',
  place: '',
  propertyId: '',
};

const valuesOf = (appointment: Appointment | null): FormValues =>
  appointment
    ? {
        title: appointment.title,
        type: appointment.type,
        place: appointment.place,
        propertyId: appointment.propertyId ?? '',
        ...appointmentFormValues(appointment.startsAt, appointment.endsAt),
      }
    : blank;

interface Props {
  appointment: Appointment | null;
  /** The client's properties the appointment may be about. */
  properties: PropertyOption[];
  disabled: boolean;
  onSave: (input: AppointmentInput) => Promise<unknown>;
  onCancel: () => void;
}

/** The fields of an appointment, checked with the shared schema before anything is written. */
export function AppointmentForm({ appointment, properties, disabled, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => valuesOf(appointment));
  const [errors, setErrors] = useState<Partial<Record<keyof FormValues, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = appointment?.id ?? 'new';
  const bind = (name: keyof FormValues) => ({
    id: `appointment-${id}-${name}`,
    name,
    value: values[name],
    error: errors[name],
    disabled,
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = appointmentInput.safeParse({
      ...values,
      propertyId: values.propertyId || null,
    });
    if (!parsed.success) {
      const found: Partial<Record<keyof FormValues, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FormValues;
        found[key] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      await onSave(parsed.data);
    } catch (caught) {
      setFailure(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  const typeId = `appointment-${id}-type`;
  return (
    <form className="appointment-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('agenda.fields.title')} {...bind('title')} maxLength={120} />
      <div className="admin-field">
        <label htmlFor={typeId}>{t('agenda.fields.type')}</label>
        <select
          id={typeId}
          value={values.type}
          disabled={disabled}
          onChange={(event) => setValues((current) => ({ ...current, type: event.target.value }))}
        >
          {appointmentTypes.map((type) => (
            <option key={type} value={type}>
              {t(`agenda.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="appointment-times">
        <Field label={t('agenda.fields.date')} type="date" {...bind('date')} />
        <Field label={t('agenda.fields.start')} type="time" {...bind('start')} />
        <Field label={t('agenda.fields.end')} type="time" {...bind('end')} />
      </div>
      <Field label={t('agenda.fields.place')} {...bind('place')} maxLength={300} />
      <div className="admin-field">
        <label htmlFor={`appointment-${id}-property`}>{t('agenda.fields.property')}</label>
        <select
          id={`appointment-${id}-property`}
          value={values.propertyId}
          disabled={disabled}
          onChange={(event) =>
            setValues((current) => ({ ...current, propertyId: event.target.value }))
          }
        >
          <option value="">{t('agenda.noProperty')}</option>
          {properties.map((property) => (
            <option key={property.propertyId} value={property.propertyId}>
              {property.title}
            </option>
          ))}
        </select>
        {errors.propertyId && <small className="field-error">{errors.propertyId}</small>}
      </div>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <div className="appointment-buttons">
        <button type="submit" className="primary" disabled={disabled || saving}>
          {saving ? t('agenda.saving') : t('agenda.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={saving}>
          {t('agenda.cancel')}
        </button>
      </div>
    </form>
  );
}
