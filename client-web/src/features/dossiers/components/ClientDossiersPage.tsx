import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, ShellPage } from '@portail/web';
import { useClientDossiers } from '../api/clientDossiers.js';
import '../dossiers.css';

/** D1 — the dossiers published to this space, with their download state. */
export function ClientDossiersPage() {
  const { t } = useTranslation();
  const dossiers = useClientDossiers();
  const list = dossiers.data ?? [];
  return (
    <ShellPage title={t('dossiers.title')}>
      {dossiers.isError && (
        <p role="alert" className="error">
          {errorMessage(dossiers.error)}
        </p>
      )}
      {dossiers.isPending ? (
        <p role="status">{t('ui.loading')}</p>
      ) : list.length === 0 ? (
        <p className="card empty-state">{t('dossiers.empty')}</p>
      ) : (
        <ul className="client-dossiers">
          {list.map((dossier) => (
            <li key={dossier.id} className="card">
              <Link to={`/dossiers/${dossier.id}`}>{dossier.title}</Link>
              <span className="dossier-file-meta">
                {t('dossiers.files', { count: dossier.files.length })}
              </span>
              <span className={`dossier-state dossier-state-${dossier.downloadState}`}>
                {t(`dossiers.states.${dossier.downloadState}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </ShellPage>
  );
}
