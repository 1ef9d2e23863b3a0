import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  publicBrandingSchema,
  tenantSettingsSchema,
  type PublicBranding,
  type TenantSettings,
} from '@portail/shared';
import { ShellPage } from '@portail/web';
import { Field, fieldErrors } from '../../common/components/Field.js';
import { useIsManager } from '../../common/useIsManager.js';
import { usePublicBranding, useSavePublicBranding } from '../api/publicBranding.js';
import { useSaveTenantSettings, useTenantSettings } from '../api/tenantSettings.js';

const MAX_FILE = 1024 * 1024;
const MAX_DATA_URL = 200 * 1024;
const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'];

function SaveState({
  pending,
  success,
  error,
}: {
  pending: boolean;
  success: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  if (error)
    return (
      <p role="alert" className="error">
        {t('settings.saveFailed')}
      </p>
    );
  if (success && !pending)
    return (
      <p role="status" className="saved">
        {t('settings.saved')}
      </p>
    );
  return null;
}

function BrandingForm({ initial }: { initial: PublicBranding }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSavePublicBranding();

  function onLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!logoTypes.includes(file.type)) return setErrors({ logoUrl: t('settings.logoType') });
    if (file.size > MAX_FILE) return setErrors({ logoUrl: t('settings.logoTooBig') });
    if (file.size > MAX_DATA_URL) return setErrors({ logoUrl: t('settings.logoLocalLimit') });
    const reader = new FileReader();
    reader.onload = () => {
      setErrors({});
      setForm((f) => ({ ...f, logoUrl: String(reader.result) }));
    };
    reader.readAsDataURL(file);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = publicBrandingSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <div className="colour-row">
        <Field
          label={t('settings.primary')}
          name="primaryColour"
          type="color"
          value={form.primaryColour}
          error={errors.primaryColour}
          onChange={(e) => setForm({ ...form, primaryColour: e.target.value })}
        />
        <Field
          label={t('settings.accent')}
          name="accentColour"
          type="color"
          value={form.accentColour}
          error={errors.accentColour}
          onChange={(e) => setForm({ ...form, accentColour: e.target.value })}
        />
      </div>
      <Field
        label={t('settings.logo')}
        name="logo"
        type="file"
        accept={logoTypes.join(',')}
        error={errors.logoUrl}
        hint={t('settings.logoHint')}
        onChange={onLogo}
      />
      {form.logoUrl && (
        <button
          type="button"
          className="secondary"
          onClick={() => setForm({ ...form, logoUrl: null })}
        >
          {t('settings.removeLogo')}
        </button>
      )}
      <div className="brand-preview" aria-label={t('settings.preview')}>
        <div className="brand-preview-header" style={{ background: form.primaryColour }}>
          {form.logoUrl && <img src={form.logoUrl} alt="" />}
          <strong>{form.name}</strong>
        </div>
        <div className="brand-preview-body">
          <button
            type="button"
            tabIndex={-1}
            style={{ background: form.accentColour, color: '#fff' }}
          >
            {t('settings.previewButton')}
          </button>
        </div>
      </div>
      <SaveState pending={save.isPending} success={save.isSuccess} error={save.error} />
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('ui.save')}
      </button>
    </form>
  );
}

function InformationForm({ initial }: { initial: PublicBranding }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSavePublicBranding();
  const company = (key: keyof PublicBranding['company'], value: string) =>
    setForm({ ...form, company: { ...form.company, [key]: value } });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = publicBrandingSchema.safeParse(form);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path.at(-1))] ??= issue.message;
      return setErrors(next);
    }
    setErrors({});
    save.mutate(parsed.data);
  }
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <Field
        label={t('settings.companyName')}
        name="name"
        value={form.name}
        error={errors.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
      />
      <Field
        label={t('settings.address')}
        name="address"
        value={form.company.address}
        error={errors.address}
        onChange={(e) => company('address', e.target.value)}
      />
      <Field
        label={t('settings.phone')}
        name="phone"
        value={form.company.phone}
        error={errors.phone}
        onChange={(e) => company('phone', e.target.value)}
      />
      <Field
        label={t('settings.contactEmail')}
        name="email"
        type="email"
        value={form.company.email}
        error={errors.email}
        onChange={(e) => company('email', e.target.value)}
      />
      <Field
        label={t('settings.card')}
        name="professionalCardNumber"
        value={form.company.professionalCardNumber}
        error={errors.professionalCardNumber}
        onChange={(e) => company('professionalCardNumber', e.target.value)}
      />
      <SaveState pending={save.isPending} success={save.isSuccess} error={save.error} />
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('ui.save')}
      </button>
    </form>
  );
}

function DisplayForm({ initial }: { initial: TenantSettings }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ ...initial, rowsPerPage: String(initial.rowsPerPage) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveTenantSettings();
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = tenantSettingsSchema.safeParse({
      ...form,
      rowsPerPage: Number(form.rowsPerPage),
    });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data);
  }
  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <Field
        label={t('settings.rowsPerPage')}
        name="rowsPerPage"
        type="number"
        min={10}
        max={350}
        value={form.rowsPerPage}
        error={errors.rowsPerPage}
        onChange={(e) => setForm({ ...form, rowsPerPage: e.target.value })}
      />
      <label className="admin-field">
        <span>{t('settings.language')}</span>
        <select
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.target.value as 'fr' | 'en' })}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          checked={form.collaboratorsSeeSharedOnly}
          onChange={(e) => setForm({ ...form, collaboratorsSeeSharedOnly: e.target.checked })}
        />
        <span>{t('settings.sharedOnly')}</span>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          checked={form.magicLinkSignIn}
          onChange={(e) => setForm({ ...form, magicLinkSignIn: e.target.checked })}
        />
        <span>{t('settings.magicLink')}</span>
      </label>
      <SaveState pending={save.isPending} success={save.isSuccess} error={save.error} />
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('ui.save')}
      </button>
    </form>
  );
}

const tabs = ['customise', 'information', 'display'] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const [tab, setTab] = useState<(typeof tabs)[number]>('customise');
  const branding = usePublicBranding();
  const settings = useTenantSettings();
  if (!manager) {
    return (
      <ShellPage title={t('settings.title')}>
        <p role="alert" className="notice">
          {t('settings.refused')}
        </p>
      </ShellPage>
    );
  }
  return (
    <ShellPage title={t('settings.title')}>
      <div role="tablist" className="tabs" aria-label={t('settings.title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {t(`settings.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`settings.tabs.${tab}`)}>
        {tab === 'display' ? (
          settings.data ? (
            <DisplayForm initial={settings.data} />
          ) : (
            <p>{t('ui.loading')}</p>
          )
        ) : !branding.data ? (
          <p>{t('ui.loading')}</p>
        ) : tab === 'customise' ? (
          <BrandingForm initial={branding.data} />
        ) : (
          <InformationForm initial={branding.data} />
        )}
      </div>
    </ShellPage>
  );
}
