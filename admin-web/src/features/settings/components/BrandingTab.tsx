import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { publicBrandingSchema, type PublicBranding } from '@portail/shared';
import { useSavePublicBranding } from '../api/publicBranding.js';
import { SaveButton } from './SaveButton.js';
import { Field, useForm } from '@portail/web';

const MAX_FILE = 1024 * 1024;
const MAX_DATA_URL = 200 * 1024;
const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'];

/** The "Personnaliser" tab: colours and logo, with a preview. */
export function BrandingTab({ initial }: { initial: PublicBranding }) {
  const { t } = useTranslation();
  const { form, set, errors, setErrors, bind, validate } = useForm(initial);
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
      set('logoUrl', String(reader.result));
    };
    reader.readAsDataURL(file);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const data = validate(publicBrandingSchema);
    if (data) save.mutate(data);
  }

  return (
    <form className="panel admin-form" onSubmit={submit} noValidate>
      <div className="colour-row">
        <Field label={t('settings.primary')} type="color" {...bind('primaryColour')} />
        <Field label={t('settings.accent')} type="color" {...bind('accentColour')} />
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
        <button type="button" className="secondary" onClick={() => set('logoUrl', null)}>
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
      <SaveButton save={save} />
    </form>
  );
}
