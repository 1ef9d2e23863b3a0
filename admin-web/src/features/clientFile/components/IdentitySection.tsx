import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientIdentityInput } from '@portail/shared';
import { Field, useReadOnly } from '@portail/web';
import type { ClientRow } from '../../clients/api/clientRow.js';
import { EmailLink } from '../../clients/components/ContactLinks.js';
import { useSaveIdentity } from '../api/saveIdentity.js';
import { SaveActions, SaveFeedback } from './SaveFeedback.js';
import { useFieldMessage } from './useFieldMessage.js';
import { useSyncedForm } from './useSyncedForm.js';

/** Names and phone, edited in place; the e-mail is the sign-in, shown but not edited here. */
export function IdentitySection({ client }: { client: ClientRow }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const fieldMessage = useFieldMessage();
  const save = useSaveIdentity(client.id);
  const stored = { firstName: client.firstName, lastName: client.lastName, phone: client.phone };
  const { form, bind, validate, dirty, reset, setForm } = useSyncedForm(stored);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const identity = validate(clientIdentityInput, form);
    if (!identity) return;
    save.mutate(identity, { onSuccess: () => setForm(identity), onError: reset });
  }

  const field = (name: 'firstName' | 'lastName' | 'phone') => {
    const bound = bind(name);
    return {
      ...bound,
      id: `identity-${name}`,
      error: fieldMessage(name, bound.error),
      disabled: readOnly,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        save.reset();
        bound.onChange(event);
      },
    };
  };

  return (
    <section className="panel file-section" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('clientFile.identity.title')}</h2>
      <form className="file-form" onSubmit={submit} noValidate>
        <Field label={t('clients.fields.firstName')} type="text" {...field('firstName')} />
        <Field label={t('clients.fields.lastName')} type="text" {...field('lastName')} />
        <Field label={t('clients.fields.phone')} type="tel" {...field('phone')} />
        <div className="admin-field">
          <span className="field-label">{t('clients.fields.email')}</span>
          <EmailLink email={client.email} name={`${client.firstName} ${client.lastName}`} />
          <small className="field-help">{t('clientFile.identity.emailHint')}</small>
        </div>
        <SaveFeedback saved={save.isSuccess && !dirty} error={save.error} />
        <SaveActions dirty={dirty} pending={save.isPending} disabled={readOnly} onUndo={reset} />
      </form>
    </section>
  );
}
