import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { offerInput } from '@portail/shared';
import { Field, useForm } from '@portail/web';
import type { ClientMove } from '../api/clientMove.js';
import { FormButtons } from './FormButtons.js';
import { useIssueText } from './issueText.js';
import {
  DEFAULT_OFFER_DAYS,
  dateInputValue,
  daysFromNow,
  endOfDay,
  parseEuros,
} from './offerDates.js';

/** "Faire une offre": an amount and a validity date; nothing is paid (L3). */
export function OfferForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (move: ClientMove) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const [limits] = useState(() => ({
    min: dateInputValue(daysFromNow(0)),
    max: dateInputValue(daysFromNow(364)),
  }));
  const { form, bind, errors, validate } = useForm({
    amount: '',
    validUntil: dateInputValue(daysFromNow(DEFAULT_OFFER_DAYS)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(offerInput, {
      amount: parseEuros(form.amount),
      validUntil: endOfDay(form.validUntil),
    });
    if (data) onSubmit({ action: 'offer', amount: data.amount, validUntil: data.validUntil });
  }

  return (
    <form className="space-form" onSubmit={submit} noValidate>
      <Field
        {...bind('amount')}
        error={issue(errors.amount)}
        label={t('space.offerForm.amount')}
        inputMode="numeric"
        autoComplete="off"
        autoFocus
      />
      <Field
        {...bind('validUntil')}
        error={issue(errors.validUntil)}
        label={t('space.offerForm.validUntil')}
        type="date"
        min={limits.min}
        max={limits.max}
      />
      <p className="space-notice">{t('space.offerForm.noPayment')}</p>
      <FormButtons submitLabel={t('space.offerForm.submit')} onCancel={onCancel} />
    </form>
  );
}
