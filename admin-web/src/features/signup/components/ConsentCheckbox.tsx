import { Trans, useTranslation } from 'react-i18next';

/**
 * The sign-up's consent to the terms of use and privacy policy. The texts open in a new tab so
 * that reading them does not lose what was typed.
 */
export function ConsentCheckbox({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="signup-consent">
      <label>
        <input
          type="checkbox"
          name="acceptTerms"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'acceptTerms-error' : undefined}
        />
        <span>
          <Trans
            i18nKey="signup.consent.label"
            components={{
              terms: <a href="/conditions" target="_blank" rel="noopener" />,
              privacy: <a href="/confidentialite" target="_blank" rel="noopener" />,
            }}
          />
        </span>
      </label>
      {error && (
        <small id="acceptTerms-error" className="field-error">
          {t('signup.consent.required')}
        </small>
      )}
    </div>
  );
}
