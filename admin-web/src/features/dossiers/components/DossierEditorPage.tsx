import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShellPage } from '@portail/web';
import { useDossier } from '../api/dossierRecord.js';
import { DeleteDossierPanel } from './DeleteDossierPanel.js';
import { DossierForm } from './DossierForm.js';
import { FilesPanel } from './FilesPanel.js';
import { GuestsPanel } from './GuestsPanel.js';
import { HistoryPanel } from './HistoryPanel.js';
import { PaymentPanel } from './PaymentPanel.js';
import '../dossiers.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/dossiers">{t('dossiers.back')}</Link>
    </p>
  );
}

/**
 * D1–D5 — a dossier's page (`nouveau` for a new one): its fields, then once it exists its files,
 * payment and publication, guests, access history and deletion, all followed live.
 */
export function DossierEditorPage() {
  const { t } = useTranslation();
  const { dossierId: param = 'nouveau' } = useParams();
  const dossierId = param === 'nouveau' ? null : param;
  const dossier = useDossier(dossierId);

  if (!dossierId) {
    return (
      <ShellPage title={t('dossiers.new')}>
        <BackLink />
        <DossierForm key="new" dossier={null} />
      </ShellPage>
    );
  }
  if (dossier.isError || dossier.data === null) {
    return (
      <ShellPage title={t('dossiers.title')}>
        <BackLink />
        <p role="alert" className="panel error">
          {dossier.data === null ? t('dossiers.editor.notFound') : t('dossiers.editor.loadFailed')}
        </p>
      </ShellPage>
    );
  }
  if (dossier.isPending) {
    return (
      <ShellPage title={t('dossiers.title')}>
        <BackLink />
        <p role="status">{t('dossiers.editor.loading')}</p>
      </ShellPage>
    );
  }
  const record = dossier.data;
  return (
    <ShellPage title={record.title}>
      <BackLink />
      <div className="dossier-editor">
        <div className="dossier-column">
          <FilesPanel dossier={record} />
          <DossierForm key={record.id} dossier={record} />
        </div>
        <div className="dossier-column">
          <PaymentPanel dossier={record} />
          <GuestsPanel dossier={record} />
          <HistoryPanel dossier={record} />
          <DeleteDossierPanel dossier={record} />
        </div>
      </div>
    </ShellPage>
  );
}
