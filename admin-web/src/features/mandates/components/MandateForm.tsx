import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createMandateInput } from '@portail/shared';
import { errorMessage, Field, useForm } from '@portail/web';
import { useCreateMandate } from '../api/createMandate.js';
import type { MandateRow } from '../api/mandatePage.js';

const today = () => new Date().toISOString().slice(0, 10);
const asNumber = (text: string) =>
  text.trim() === '' ? undefined : Number(text.replace(',', '.'));

/**
 * « Nouveau mandat » for one client, or « Corriger » an entry: either way a new entry, made by
 * createMandate (the register is append-only). A correction starts from the corrected values.
 */
export function MandateForm({
  clientId,
  corrects,
  onDone,
  onCancel,
}: {
  clientId: string;
  corrects?: MandateRow;
  onDone: (number: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const create = useCreateMandate();
  const [signedRemotely, setSignedRemotely] = useState(corrects?.signedRemotely ?? false);
  const { form, bind, validate } = useForm({
    date: corrects?.date ?? today(),
    termMonths: String(corrects?.termMonths ?? 3),
    fee: corrects ? String(corrects.fee) : '',
    note: '',
  });
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = validate(createMandateInput, {
      clientId,
      date: form.date,
      signedRemotely,
      termMonths: asNumber(form.termMonths),
      fee: asNumber(form.fee),
      note: form.note,
      ...(corrects ? { correctionOf: corrects.id } : {}),
    });
    if (!input) return;
    create.mutate(input, { onSuccess: (result) => onDone(result.number) });
  }
  return (
    <dialog
      ref={dialog}
      className="mandate-dialog"
      onCancel={onCancel}
      aria-labelledby="mandate-form-title"
    >
      <form onSubmit={submit} noValidate className="admin-form">
        <h2 id="mandate-form-title">
          {corrects
            ? t('mandates.form.correctionTitle', { number: corrects.number })
            : t('mandates.form.newTitle')}
        </h2>
        {corrects && (
          <p className="field-help">
            {t('mandates.form.correctionHelp', { number: corrects.number })}
          </p>
        )}
        <Field label={t('mandates.form.date')} type="date" required {...bind('date')} />
        <label className="switch">
          <input
            type="checkbox"
            checked={signedRemotely}
            onChange={(event) => setSignedRemotely(event.target.checked)}
          />
          {t('mandates.form.signedRemotely')}
        </label>
        <Field
          label={t('mandates.form.term')}
          inputMode="numeric"
          required
          {...bind('termMonths')}
        />
        <Field label={t('mandates.form.fee')} inputMode="decimal" required {...bind('fee')} />
        <Field label={t('mandates.form.note')} {...bind('note')} />
        {create.isError && (
          <p role="alert" className="error">
            {errorMessage(create.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('mandates.form.cancel')}
          </button>
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('mandates.form.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
