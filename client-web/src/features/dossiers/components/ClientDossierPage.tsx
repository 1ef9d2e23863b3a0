import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShellPage } from '@portail/web';
import { useClientDossier } from '../api/clientDossiers.js';
import { DossierDetails } from './DossierDetails.js';
import { DossierFileList } from './DossierFileList.js';
import '../dossiers.css';

const euros = (amount: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);

/** D1–D3 — one dossier: its documents to download, state, payment, details. */
export function ClientDossierPage() {
  const { t, i18n } = useTranslation();
  const { dossierId = '' } = useParams();
  const dossier = useClientDossier(dossierId);
  const back = (
    <p className="back-link">
      <Link to="/dossiers">{t('dossiers.back')}</Link>
    </p>
  );
  if (dossier.isPending) {
    return (
      <ShellPage title={t('dossiers.title')}>
        {back}
        <p role="status">{t('ui.loading')}</p>
      </ShellPage>
    );
  }
  const record = dossier.data;
  if (!record) {
    return (
      <ShellPage title={t('dossiers.title')}>
        {back}
        <p role="alert" className="card">
          {t('dossiers.notFound')}
        </p>
      </ShellPage>
    );
  }
  return (
    <ShellPage title={record.title}>
      {back}
      <section className="card dossier-section">
        <div className="dossier-head">
          <span className={`dossier-state dossier-state-${record.downloadState}`}>
            {t(`dossiers.states.${record.downloadState}`)}
          </span>
          {record.amount > 0 && (
            <span className="dossier-file-meta">
              {t('dossiers.amount', { amount: euros(record.amount, i18n.language) })}
              {record.paid && ` · ${t('dossiers.paid')}`}
            </span>
          )}
        </div>
        {!record.paid && <p className="dossier-unpaid">{t('dossiers.unpaid')}</p>}
        <h2>{t('dossiers.documents')}</h2>
        <DossierFileList
          dossierId={record.id}
          files={record.files}
          downloadedIds={record.downloadedFileIds}
        />
      </section>
      <DossierDetails
        comments={record.comments}
        steps={record.steps}
        conclusions={record.conclusions}
      />
    </ShellPage>
  );
}
