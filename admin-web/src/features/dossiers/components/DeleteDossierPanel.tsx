import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, useReadOnly } from '@portail/web';
import type { DossierRow } from '../api/dossierRow.js';
import { useDeleteDossier } from '../api/deleteDossier.js';

export function DeleteDossierPanel({ dossier }: { dossier: DossierRow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const remove = useDeleteDossier();
  const [asking, setAsking] = useState(false);
  return (
    <section className="panel">
      <button
        type="button"
        className="secondary danger"
        disabled={readOnly}
        onClick={() => setAsking(true)}
      >
        {t('dossiers.editor.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('dossiers.editor.deleteTitle', { title: dossier.title })}
          confirmLabel={t('dossiers.editor.delete')}
          danger
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            remove.mutate(dossier.id, { onSuccess: () => void navigate('/dossiers') })
          }
        >
          <p>{t('dossiers.editor.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
