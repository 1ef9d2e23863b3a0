import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dealFeeInput,
  feePayers,
  numberFromText,
  numberToText,
  type DealFee,
} from '@portail/shared';
import { Field, useForm, useReadOnly } from '@portail/web';
import { useDealFee, useSaveDealFee } from '../api/dealFee.js';
import '../fees.css';

interface FeeForm {
  amountExclVat: string;
  amountInclVat: string;
  payer: string;
}

const toForm = (fee: DealFee | null): FeeForm => ({
  amountExclVat: numberToText(fee?.amountExclVat),
  amountInclVat: numberToText(fee?.amountInclVat),
  payer: fee?.payer ?? 'client',
});

/**
 * The fee of one deal (H5), folded under the card until opened so the panel stays short. Stored
 * where the client cannot read it; Analyses and the dashboard follow through the deal document.
 */
export function DealFeeEditor({ clientId, propertyId }: { clientId: string; propertyId: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  // Read only once opened: a panel of forty cards opens no forty listeners.
  const fee = useDealFee(clientId, propertyId, open);
  // Kept here: the form below starts afresh from each stored value, the outcome must stay.
  const save = useSaveDealFee(clientId, propertyId);
  const [cleared, setCleared] = useState(false);
  const euros = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const summary =
    fee.data === undefined
      ? ''
      : fee.data === null
        ? t('fees.none')
        : t('fees.summary', {
            exclVat: euros.format(fee.data.amountExclVat),
            inclVat: euros.format(fee.data.amountInclVat),
            payer: t(`fees.payers.${fee.data.payer}`),
          });
  return (
    <details
      className="deal-fee"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="deal-fee-title">{t('fees.title')}</span>
        {summary && <span className="deal-fee-summary">{summary}</span>}
      </summary>
      <p className="field-help">{t('fees.private')}</p>
      {fee.isError ? (
        <p role="alert" className="error">
          {t('fees.loadFailed')}
        </p>
      ) : fee.data === undefined ? (
        <p className="field-help">{t('ui.loading')}</p>
      ) : (
        <FeeForm
          key={JSON.stringify(fee.data)}
          idBase={`fee-${clientId}-${propertyId}`}
          stored={fee.data}
          pending={save.isPending}
          onSave={(value) => {
            save.reset();
            setCleared(value === null);
            save.mutate(value);
          }}
          onEdit={() => save.reset()}
        />
      )}
      {save.isSuccess && (
        <p role="status" className="saved">
          {cleared ? t('fees.cleared') : t('fees.saved')}
        </p>
      )}
      {save.isError && (
        <p role="alert" className="error">
          {t('fees.failed')}
        </p>
      )}
    </details>
  );
}

function FeeForm({
  idBase,
  stored,
  pending,
  onSave,
  onEdit,
}: {
  idBase: string;
  stored: DealFee | null;
  pending: boolean;
  onSave: (fee: DealFee | null) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { form, bind, validate, set } = useForm<FeeForm>(toForm(stored));

  function submit(event: FormEvent) {
    event.preventDefault();
    const fee = validate(dealFeeInput, {
      amountExclVat: numberFromText(form.amountExclVat),
      amountInclVat: numberFromText(form.amountInclVat),
      payer: form.payer,
    });
    if (fee) onSave(fee);
  }

  // Typing clears the last outcome, so a "saved" never stands beside unsaved figures.
  const edited = <T extends { onChange: (event: ChangeEvent<HTMLInputElement>) => void }>(
    field: T,
  ): T => ({
    ...field,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      onEdit();
      field.onChange(event);
    },
  });
  const exclVat = edited(bind('amountExclVat'));
  const inclVat = edited(bind('amountInclVat'));
  return (
    <form className="deal-fee-form" onSubmit={submit} noValidate>
      <div className="deal-fee-fields">
        <Field
          {...exclVat}
          id={`${idBase}-excl`}
          inputMode="decimal"
          label={t('fees.exclVat')}
          disabled={readOnly}
        />
        <Field
          {...inclVat}
          id={`${idBase}-incl`}
          inputMode="decimal"
          label={t('fees.inclVat')}
          disabled={readOnly}
        />
        <div className="admin-field">
          <label htmlFor={`${idBase}-payer`}>{t('fees.payer')}</label>
          <select
            id={`${idBase}-payer`}
            value={form.payer}
            disabled={readOnly}
            onChange={(event) => {
              onEdit();
              set('payer', event.target.value);
            }}
          >
            {feePayers.map((payer) => (
              <option key={payer} value={payer}>
                {t(`fees.payers.${payer}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-help">{t('fees.hint')}</p>
      <div className="deal-fee-actions">
        {stored && (
          <button type="button" disabled={readOnly || pending} onClick={() => onSave(null)}>
            {t('fees.clear')}
          </button>
        )}
        <button type="submit" className="primary" disabled={readOnly || pending}>
          {t('fees.save')}
        </button>
      </div>
    </form>
  );
}
