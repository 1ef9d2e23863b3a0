import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clientCriteriaInput,
  numberFromText,
  numberToText,
  type ClientCriteria,
} from '@portail/shared';
import { Field, useReadOnly } from '@portail/web';
import type { ClientRow } from '../../clients/api/clientRow.js';
import { useSaveCriteria } from '../api/saveCriteria.js';
import { AreasInput } from './AreasInput.js';
import { SaveActions, SaveFeedback } from './SaveFeedback.js';
import { useFieldMessage } from './useFieldMessage.js';
import { useSyncedForm } from './useSyncedForm.js';

type NumberField = 'budgetMax' | 'roomsMin' | 'surfaceMin';

const toForm = (criteria: ClientCriteria) => ({
  budgetMax: numberToText(criteria.budgetMax),
  areas: criteria.areas,
  roomsMin: numberToText(criteria.roomsMin),
  surfaceMin: numberToText(criteria.surfaceMin),
});

/** Budget, areas, rooms and surface: what the hunter searches for this client. */
export function CriteriaSection({ client }: { client: ClientRow }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const fieldMessage = useFieldMessage();
  const save = useSaveCriteria(client.id);
  const { form, set, bind, errors, validate, dirty, reset, setForm } = useSyncedForm(
    toForm(client.criteria),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const criteria = validate(clientCriteriaInput, {
      budgetMax: numberFromText(form.budgetMax),
      areas: form.areas,
      roomsMin: numberFromText(form.roomsMin),
      surfaceMin: numberFromText(form.surfaceMin),
    });
    if (!criteria) return;
    save.mutate(criteria, { onSuccess: () => setForm(toForm(criteria)), onError: reset });
  }

  const field = (name: NumberField) => {
    const bound = bind(name);
    return {
      ...bound,
      id: `criteria-${name}`,
      label: t(`clientFile.criteria.${name}`),
      inputMode: 'numeric' as const,
      error: fieldMessage(name, bound.error),
      disabled: readOnly,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        save.reset();
        bound.onChange(event);
      },
    };
  };

  return (
    <section className="panel file-section" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t('clientFile.criteria.title')}</h2>
      <form className="file-form criteria-form" onSubmit={submit} noValidate>
        <Field type="text" {...field('budgetMax')} />
        <AreasInput
          id="criteria-areas"
          areas={form.areas}
          disabled={readOnly}
          error={fieldMessage('areas', errors.areas)}
          onChange={(areas) => {
            save.reset();
            set('areas', areas);
          }}
        />
        <div className="file-form-pair">
          <Field type="text" {...field('roomsMin')} />
          <Field type="text" {...field('surfaceMin')} />
        </div>
        <SaveFeedback saved={save.isSuccess && !dirty} error={save.error} />
        <SaveActions dirty={dirty} pending={save.isPending} disabled={readOnly} onUndo={reset} />
      </form>
    </section>
  );
}
