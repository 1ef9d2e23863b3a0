import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publicBrandingSchema, type PublicBranding } from '@portail/shared';
import { useSavePublicBranding } from '../api/publicBranding.js';
import { SaveButton } from './SaveButton.js';
import { Field, useForm } from '@portail/web';

/** The "Informations" tab: the company's name and contact details, edited as one flat form. */
export function CompanyTab({ initial }: { initial: PublicBranding }) {
  const { t } = useTranslation();
  const { form, bind, validate } = useForm({ name: initial.name, ...initial.company });
  const save = useSavePublicBranding();

  function submit(event: FormEvent) {
    event.preventDefault();
    const { name, ...company } = form;
    const data = validate(publicBrandingSchema, { ...initial, name, company }, 'last');
    if (data) save.mutate(data);
  }
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <Field label={t('settings.companyName')} {...bind('name')} />
      <Field label={t('settings.address')} {...bind('address')} />
      <Field label={t('settings.phone')} {...bind('phone')} />
      <Field label={t('settings.contactEmail')} type="email" {...bind('email')} />
      <Field label={t('settings.card')} {...bind('professionalCardNumber')} />
      <SaveButton save={save} />
    </form>
  );
}
