import { useTranslation } from 'react-i18next';
import { unpaidPolicies } from '@portail/shared';
import { errorMessage, useReadOnly } from '@portail/web';
import { useSetUnpaidPolicy, useUnpaidPolicy } from '../api/unpaidPolicy.js';

/** D3 — the tenant's unpaid policy (admins). */
export function UnpaidPolicyPanel() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const policy = useUnpaidPolicy();
  const save = useSetUnpaidPolicy();
  return (
    <section className="panel" aria-labelledby="unpaid-policy-title">
      <h2 id="unpaid-policy-title">{t('dossiers.policy.title')}</h2>
      <p className="field-help">{t('dossiers.policy.intro')}</p>
      <fieldset className="dossier-policy" disabled={readOnly || save.isPending || !policy.data}>
        <legend className="visually-hidden">{t('dossiers.policy.title')}</legend>
        {unpaidPolicies.map((value) => (
          <label key={value} className="switch">
            <input
              type="radio"
              name="unpaid-policy"
              value={value}
              checked={policy.data === value}
              onChange={() => save.mutate(value)}
            />
            <span>{t(`dossiers.policy.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {save.isSuccess && <p role="status">{t('dossiers.policy.saved')}</p>}
      {save.isError && (
        <p role="alert" className="error">
          {errorMessage(save.error)}
        </p>
      )}
    </section>
  );
}
