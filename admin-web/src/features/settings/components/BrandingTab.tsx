import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AA_CONTRAST,
  contrastRatio,
  DARK_TEXT,
  isHexColour,
  LIGHT_TEXT,
  publicBrandingSchema,
  readableTextColour,
  type PublicBranding,
} from '@portail/shared';
import { useSavePublicBranding } from '../api/publicBranding.js';
import { SaveButton } from './SaveButton.js';
import { Field, useForm } from '@portail/web';

const MAX_FILE = 1024 * 1024;
const MAX_DATA_URL = 200 * 1024;
const logoTypes = ['image/png', 'image/jpeg', 'image/svg+xml'];

const ratioText = (ratio: number, language: string) =>
  (Math.floor(ratio * 10) / 10).toLocaleString(language, { maximumFractionDigits: 1 });

/**
 * WCAG AA for a brand colour: the primary is also the colour of links on white, and both carry
 * text (the apps write it in white or dark ink, whichever contrasts more). A failing colour is
 * not refused, only flagged: the agency may have a reason.
 */
function ContrastNote({ id, colour, onWhite }: { id: string; colour: string; onWhite: boolean }) {
  const { t, i18n } = useTranslation();
  if (!isHexColour(colour)) return null;
  const ink = readableTextColour(colour);
  const inkRatio = contrastRatio(ink, colour);
  const whiteRatio = contrastRatio(LIGHT_TEXT, colour);
  const problems: string[] = [];
  if (onWhite && whiteRatio < AA_CONTRAST) {
    problems.push(
      t('contrast.fails', {
        ratio: ratioText(whiteRatio, i18n.language),
        against: t('contrast.white'),
      }),
    );
  }
  if (inkRatio < AA_CONTRAST) {
    problems.push(
      t('contrast.fails', {
        ratio: ratioText(inkRatio, i18n.language),
        against: t('contrast.textOn'),
      }),
    );
  }
  return (
    <div id={id} className="contrast-note" role="status">
      {problems.map((problem) => (
        <p key={problem} className="contrast-warning">
          {problem}
        </p>
      ))}
      {ink === DARK_TEXT && inkRatio >= AA_CONTRAST && (
        <p className="field-help">{t('contrast.autoText', { colour: t('contrast.dark') })}</p>
      )}
    </div>
  );
}

const inkOn = (colour: string) => (isHexColour(colour) ? readableTextColour(colour) : LIGHT_TEXT);

/** The "Personnaliser" tab: colours and logo, with a preview. */
export function BrandingTab({ initial }: { initial: PublicBranding }) {
  const { t } = useTranslation();
  const { form, set, errors, setErrors, bind, validate } = useForm(initial);
  const save = useSavePublicBranding();
  const [logoName, setLogoName] = useState<string | null>(null);

  function onLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!logoTypes.includes(file.type)) return setErrors({ logoUrl: t('settings.logoType') });
    if (file.size > MAX_FILE) return setErrors({ logoUrl: t('settings.logoTooBig') });
    if (file.size > MAX_DATA_URL) return setErrors({ logoUrl: t('settings.logoLocalLimit') });
    const reader = new FileReader();
    reader.onload = () => {
      setErrors({});
      setLogoName(file.name);
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
        <div>
          <Field label={t('settings.primary')} type="color" {...bind('primaryColour')} />
          <ContrastNote id="primary-contrast" colour={form.primaryColour} onWhite />
        </div>
        <div>
          <Field label={t('settings.accent')} type="color" {...bind('accentColour')} />
          <ContrastNote id="accent-contrast" colour={form.accentColour} onWhite={false} />
        </div>
      </div>
      <div className="admin-field logo-field">
        <span className="logo-field-label" id="logo-label">
          {t('settings.logo')}
        </span>
        <div className="logo-picker">
          {/* The native control stays (keyboard, screen readers), dressed as a button. */}
          <label className="file-button">
            <input
              type="file"
              name="logo"
              className="visually-hidden"
              accept={logoTypes.join(',')}
              aria-describedby={errors.logoUrl ? 'logo-error' : 'logo-hint'}
              aria-invalid={errors.logoUrl ? true : undefined}
              onChange={onLogo}
            />
            {t('contrast.chooseLogo')}
          </label>
          <span className="logo-file-name">
            {logoName ?? (form.logoUrl ? '' : t('contrast.noLogo'))}
          </span>
          {form.logoUrl && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setLogoName(null);
                set('logoUrl', null);
              }}
            >
              {t('settings.removeLogo')}
            </button>
          )}
        </div>
        {errors.logoUrl ? (
          <small id="logo-error" className="field-error">
            {errors.logoUrl}
          </small>
        ) : (
          <small id="logo-hint" className="field-help">
            {t('settings.logoHint')}
          </small>
        )}
      </div>
      <div className="brand-preview" aria-label={t('settings.preview')}>
        <div
          className="brand-preview-header"
          style={{ background: form.primaryColour, color: inkOn(form.primaryColour) }}
        >
          {form.logoUrl && <img src={form.logoUrl} alt="" />}
          <strong>{form.name}</strong>
        </div>
        <div className="brand-preview-body">
          <button
            type="button"
            tabIndex={-1}
            style={{ background: form.accentColour, color: inkOn(form.accentColour) }}
          >
            {t('settings.previewButton')}
          </button>
        </div>
      </div>
      <SaveButton save={save} />
    </form>
  );
}
