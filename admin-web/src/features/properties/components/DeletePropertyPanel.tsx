import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorCode, useReadOnly } from '@portail/web';
import { useDeleteProperty } from '../api/deleteProperty.js';
import { useLocalised } from './useLocalError.js';

/** How many cards deleteProperty said hold the property, when that is why it refused. */
function assignedCount(error: unknown): number | null {
  if (errorCode(error) !== 'functions/failed-precondition') return null;
  const count = (error as { details?: { assignments?: unknown } }).details?.assignments;
  return typeof count === 'number' ? count : null;
}

/** "Supprimer le bien": final, after a confirmation; refused while clients have it. */
export function DeletePropertyPanel({ propertyId, title }: { propertyId: string; title: string }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const readOnly = useReadOnly();
  const navigate = useNavigate();
  const remove = useDeleteProperty();
  const [confirming, setConfirming] = useState(false);

  function refusal(): string | null {
    if (!remove.isError) return null;
    const count = assignedCount(remove.error);
    if (count !== null && !localised.french) return t('properties.delete.refused', { count });
    return localised.failure(remove.error, 'properties.delete.failed');
  }

  return (
    <section className="panel danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('properties.delete.title')}</h2>
      <p className="field-help">{t('properties.delete.text')}</p>
      <button
        type="button"
        className="danger"
        disabled={readOnly}
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        {t('properties.delete.button')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('properties.delete.confirmTitle', { title })}
          confirmLabel={t('properties.delete.confirm')}
          danger
          pending={remove.isPending}
          error={refusal()}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            // The live property turns null before the call returns and this panel unmounts
            // with it: the promise, unlike mutate's callbacks, still resolves then.
            remove.mutateAsync({ propertyId }).then(
              () => navigate('/biens', { replace: true }),
              () => undefined,
            )
          }
        >
          <p>{t('properties.delete.confirmText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
