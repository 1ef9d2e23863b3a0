import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierAmountSchema } from '@portail/shared';
import { errorMessage, useReadOnly } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { useClientOptions } from '../api/clientOptions.js';
import type { DossierRow } from '../api/dossierRow.js';
import { useNotifyClient } from '../api/notifyClient.js';
import { useToggleDossier } from '../api/toggleDossier.js';
import { useSetClientExempt } from '../api/unpaidPolicy.js';

/** D3/D5 — paid or not (the next download follows at once), the amount, publication, the e-mail. */
export function PaymentPanel({ dossier }: { dossier: DossierRow }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const manager = useIsManager();
  const toggle = useToggleDossier(dossier.id);
  const notify = useNotifyClient(dossier.id);
  const exempt = useSetClientExempt();
  const clients = useClientOptions();
  const client = clients.data?.find((c) => c.id === dossier.clientId);
  const [amount, setAmount] = useState(String(dossier.amount));
  const [amountError, setAmountError] = useState<string | null>(null);

  const saveAmount = () => {
    const parsed = dossierAmountSchema.safeParse(Number(amount.replace(',', '.')));
    if (!parsed.success) {
      setAmountError(parsed.error.issues[0]?.message ?? '');
      return;
    }
    setAmountError(null);
    toggle.mutate({ amount: parsed.data });
  };
  const error = toggle.error ?? notify.error ?? exempt.error;

  return (
    <section className="panel" aria-labelledby="dossier-pay-title">
      <h2 id="dossier-pay-title">{t('dossiers.pay.title')}</h2>
      <p className={dossier.paid ? 'dossier-paid' : 'dossier-unpaid'}>
        {dossier.paid ? t('dossiers.pay.paidNow') : t('dossiers.pay.unpaidNow')}
      </p>
      <div className="row-actions">
        <button
          type="button"
          className={dossier.paid ? 'secondary' : 'primary'}
          disabled={readOnly || toggle.isPending}
          onClick={() => toggle.mutate({ paid: !dossier.paid })}
        >
          {dossier.paid ? t('dossiers.pay.markUnpaid') : t('dossiers.pay.markPaid')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={readOnly || toggle.isPending}
          onClick={() => toggle.mutate({ published: !dossier.published })}
        >
          {dossier.published ? t('dossiers.pay.unpublish') : t('dossiers.pay.publish')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={readOnly || notify.isPending || !dossier.published}
          onClick={() => notify.mutate()}
        >
          {t('dossiers.pay.notify')}
        </button>
      </div>
      <div className="dossier-amount">
        <label htmlFor="dossier-amount">{t('dossiers.pay.amount')}</label>
        <input
          id="dossier-amount"
          inputMode="decimal"
          value={amount}
          disabled={readOnly}
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? 'dossier-amount-error' : undefined}
          onChange={(e) => setAmount(e.target.value)}
        />
        <span aria-hidden="true">€</span>
        <button
          type="button"
          className="secondary"
          disabled={readOnly || toggle.isPending}
          onClick={saveAmount}
        >
          {t('dossiers.pay.saveAmount')}
        </button>
        {amountError && (
          <small id="dossier-amount-error" className="field-error">
            {amountError}
          </small>
        )}
      </div>
      {manager && client && (
        <label className="switch">
          <input
            type="checkbox"
            checked={client.unpaidExempt}
            disabled={readOnly || exempt.isPending}
            onChange={(e) => exempt.mutate({ clientId: client.id, exempt: e.target.checked })}
          />
          <span>{t('dossiers.pay.exempt')}</span>
        </label>
      )}
      {notify.isSuccess && (
        <p role="status">
          {notify.data.queued > 0
            ? t('dossiers.pay.notified', { count: notify.data.queued })
            : t('dossiers.pay.notifiedAlready')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
    </section>
  );
}
