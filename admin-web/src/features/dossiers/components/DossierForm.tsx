import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierFieldsSchema, type DossierStep, type SaveDossierResult } from '@portail/shared';
import { errorMessage, Field, fieldErrors, useReadOnly } from '@portail/web';
import { useClientOptions } from '../api/clientOptions.js';
import type { DossierRow } from '../api/dossierRow.js';
import { useSaveDossier } from '../api/saveDossier.js';
import { ListEditor } from './ListEditor.js';
import { PropertyPicker } from './PropertyPicker.js';

interface Values {
  title: string;
  clientId: string;
  comments: string;
  steps: DossierStep[];
  conclusions: string[];
  street: string;
  postalCode: string;
  city: string;
  amount: string;
  propertyId: string | null;
}

function valuesOf(dossier: DossierRow | null): Values {
  return {
    title: dossier?.title ?? '',
    clientId: dossier?.clientId ?? '',
    comments: dossier?.comments ?? '',
    steps: dossier?.steps ?? [],
    conclusions: dossier?.conclusions ?? [],
    street: dossier?.address?.street ?? '',
    postalCode: dossier?.address?.postalCode ?? '',
    city: dossier?.address?.city ?? '',
    amount: String(dossier?.amount ?? 0),
    propertyId: dossier?.propertyId ?? null,
  };
}

/** The dossier's fields; payment and publication are toggled in their own panel once it exists. */
export function DossierForm({ dossier }: { dossier: DossierRow | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const clients = useClientOptions();
  const save = useSaveDossier();
  const [values, setValues] = useState(() => valuesOf(dossier));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<SaveDossierResult | null>(null);
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const hasAddress = values.street || values.postalCode || values.city;
    const parsed = dossierFieldsSchema.safeParse({
      title: values.title,
      clientId: values.clientId,
      comments: values.comments,
      steps: values.steps,
      conclusions: values.conclusions,
      propertyId: values.propertyId,
      address: hasAddress
        ? { street: values.street, postalCode: values.postalCode, city: values.city }
        : null,
      amount: Number(values.amount.replace(',', '.')),
      paid: dossier?.paid ?? false,
      published: dossier?.published ?? false,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, 'last'));
      return;
    }
    setErrors({});
    save.mutate(
      { dossierId: dossier?.id, fields: parsed.data },
      {
        onSuccess: (result) => {
          setOutcome(result);
          if (!dossier) void navigate(`/dossiers/${result.dossierId}`, { replace: true });
        },
      },
    );
  };

  return (
    <form className="panel admin-form dossier-form" onSubmit={submit} noValidate>
      <fieldset disabled={readOnly || save.isPending}>
        <Field
          label={t('dossiers.form.title')}
          name="title"
          value={values.title}
          error={errors.title}
          onChange={(e) => set({ title: e.target.value })}
          required
        />
        <div className="admin-field">
          <label htmlFor="dossier-client">{t('dossiers.form.client')}</label>
          <select
            id="dossier-client"
            value={values.clientId}
            aria-invalid={errors.clientId ? true : undefined}
            aria-describedby={errors.clientId ? 'dossier-client-error' : undefined}
            onChange={(e) => set({ clientId: e.target.value })}
          >
            <option value="">{t('dossiers.form.chooseClient')}</option>
            {(clients.data ?? []).map((client) => (
              <option key={client.id} value={client.id}>
                {client.name}
              </option>
            ))}
          </select>
          {errors.clientId && (
            <small id="dossier-client-error" className="field-error">
              {t('dossiers.form.chooseClient')}
            </small>
          )}
        </div>
        <div className="admin-field">
          <label htmlFor="dossier-comments">{t('dossiers.form.comments')}</label>
          <textarea
            id="dossier-comments"
            rows={4}
            value={values.comments}
            onChange={(e) => set({ comments: e.target.value })}
          />
          {errors.comments && <small className="field-error">{errors.comments}</small>}
        </div>
        <ListEditor
          legend={t('dossiers.form.steps')}
          items={values.steps}
          labelOf={(n) => t('dossiers.form.stepLabel', { n })}
          addLabel={t('dossiers.form.addStep')}
          textOf={(step) => step.label}
          withText={(step, label) => ({ ...step, label })}
          blank={{ label: '', done: false }}
          onChange={(steps) => set({ steps })}
          extra={(step, index) => (
            <label className="switch">
              <input
                type="checkbox"
                checked={step.done}
                onChange={(e) =>
                  set({
                    steps: values.steps.map((s, i) =>
                      i === index ? { ...s, done: e.target.checked } : s,
                    ),
                  })
                }
              />
              <span>{t('dossiers.form.stepDone')}</span>
            </label>
          )}
        />
        {errors.label && <small className="field-error">{errors.label}</small>}
        <ListEditor
          legend={t('dossiers.form.conclusions')}
          items={values.conclusions}
          labelOf={(n) => t('dossiers.form.conclusionLabel', { n })}
          addLabel={t('dossiers.form.addConclusion')}
          textOf={(text) => text}
          withText={(_, text) => text}
          blank=""
          onChange={(conclusions) => set({ conclusions })}
        />
        <fieldset className="dossier-address">
          <legend>{t('dossiers.form.address')}</legend>
          <PropertyPicker
            propertyId={values.propertyId}
            onPick={(property) =>
              set(
                property ? { propertyId: property.id, ...property.address } : { propertyId: null },
              )
            }
          />
          <Field
            label={t('dossiers.form.street')}
            name="street"
            autoComplete="street-address"
            value={values.street}
            error={errors.street}
            onChange={(e) => set({ street: e.target.value })}
          />
          <Field
            label={t('dossiers.form.postalCode')}
            name="postalCode"
            inputMode="numeric"
            autoComplete="postal-code"
            value={values.postalCode}
            error={errors.postalCode}
            onChange={(e) => set({ postalCode: e.target.value })}
          />
          <Field
            label={t('dossiers.form.city')}
            name="city"
            value={values.city}
            error={errors.city}
            onChange={(e) => set({ city: e.target.value })}
          />
        </fieldset>
        {!dossier && (
          <Field
            label={t('dossiers.form.amount')}
            name="amount"
            inputMode="decimal"
            value={values.amount}
            error={errors.amount}
            onChange={(e) => set({ amount: e.target.value })}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            {save.isPending
              ? t('dossiers.form.saving')
              : dossier
                ? t('dossiers.form.save')
                : t('dossiers.form.create')}
          </button>
        </div>
      </fieldset>
      {save.isError && (
        <p role="alert" className="error">
          {errorMessage(save.error)}
        </p>
      )}
      {outcome && (
        <p role="status" className="saved">
          {t('dossiers.form.saved')} {t(`dossiers.form.geocode.${outcome.geocode.status}`)}
        </p>
      )}
    </form>
  );
}
