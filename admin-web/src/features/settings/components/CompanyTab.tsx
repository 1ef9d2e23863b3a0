import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publicBrandingSchema, type PublicBranding } from '@portail/shared';
import { useSavePublicBranding } from '../api/publicBranding.js';
import { useTariffs } from '../api/tariffs.js';
import { SaveButton } from './SaveButton.js';
import { TariffsForm } from './TariffsForm.js';
import { Field, useForm } from '@portail/web';

/**
 * The "Informations" tab: the company's name, contact details and professional card (carte T and
 * who issued it, L1), edited as one flat form; then the fee schedule, saved on its own.
 */
export function CompanyTab({ initial }: { initial: PublicBranding }) {
  const tariffs = useTariffs();
  return (
    <>
      <CompanyForm initial={initial} />
      {tariffs.data && <TariffsForm initial={tariffs.data.text} />}
    </>
  );
}

function CompanyForm({ initial }: { initial: PublicBranding }) {
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
      <Field
        label={t('legal.cardAuthority')}
        hint={t('legal.cardAuthorityHint')}
        {...bind('professionalCardAuthority')}
      />
      <SaveButton save={save} />
    </form>
  );
}
