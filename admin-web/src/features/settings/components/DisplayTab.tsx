import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tenantSettingsSchema, type TenantSettings } from '@portail/shared';
import { useSaveTenantSettings } from '../api/tenantSettings.js';
import { SaveButton } from './SaveButton.js';
import { Field, useForm } from '@portail/web';

/** The "Affichage" tab: rows per page, language and the tenant's switches. */
export function DisplayTab({ initial }: { initial: TenantSettings }) {
  const { t } = useTranslation();
  const { form, set, bind, validate } = useForm({
    ...initial,
    rowsPerPage: String(initial.rowsPerPage),
  });
  const save = useSaveTenantSettings();
  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(tenantSettingsSchema, {
      ...form,
      rowsPerPage: Number(form.rowsPerPage),
    });
    if (data) save.mutate(data);
  }
  const toggle = (key: 'collaboratorsSeeSharedOnly' | 'magicLinkSignIn', label: string) => (
    <label className="switch">
      <input type="checkbox" checked={form[key]} onChange={(e) => set(key, e.target.checked)} />
      <span>{label}</span>
    </label>
  );
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <Field
        label={t('settings.rowsPerPage')}
        type="number"
        min={10}
        max={350}
        {...bind('rowsPerPage')}
      />
      <label className="admin-field">
        <span>{t('settings.language')}</span>
        <select
          value={form.language}
          onChange={(e) => set('language', e.target.value as TenantSettings['language'])}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      {toggle('collaboratorsSeeSharedOnly', t('settings.sharedOnly'))}
      {toggle('magicLinkSignIn', t('settings.magicLink'))}
      <SaveButton save={save} />
    </form>
  );
}
