import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createClientInput } from '@portail/shared';
import { errorMessage, Field, useForm } from '@portail/web';
import { useCreateClient } from '../api/createClient.js';

export function AddClientForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { bind, validate } = useForm({ firstName: '', lastName: '', email: '', phone: '' });
  const create = useCreateClient();
  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(createClientInput);
    if (data) create.mutate(data, { onSuccess: onDone });
  }
  return (
    <form
      className="panel admin-form form-grid"
      onSubmit={submit}
      noValidate
      aria-label={t('clients.add')}
    >
      <h2>{t('clients.add')}</h2>
      <Field label={t('clients.fields.firstName')} type="text" {...bind('firstName')} />
      <Field label={t('clients.fields.lastName')} type="text" {...bind('lastName')} />
      <Field label={t('clients.fields.email')} type="email" {...bind('email')} />
      <Field label={t('clients.fields.phone')} type="tel" {...bind('phone')} />
      {create.isError && (
        <p role="alert" className="error">
          {errorMessage(create.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onDone}>
          {t('ui.cancel')}
        </button>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('clients.create')}
        </button>
      </div>
    </form>
  );
}
