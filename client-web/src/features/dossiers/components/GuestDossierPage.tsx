import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard, errorMessage } from '@portail/web';
import { useGuestDossier } from '../api/clientDossiers.js';
import { DossierDetails } from './DossierDetails.js';
import { DossierFileList } from './DossierFileList.js';
import '../dossiers.css';

/**
 * D4 — `/dossier-invite?token=…`: a guest, without an account, sees the one dossier their link
 * opens and downloads its documents through the same file path, with the same token.
 */
export function GuestDossierPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const dossier = useGuestDossier(token);
  if (!token) {
    return (
      <AuthCard title={t('dossiers.guest.title')}>
        <p role="alert">{t('dossiers.guest.missing')}</p>
      </AuthCard>
    );
  }
  if (dossier.isPending) {
    return (
      <AuthCard title={t('dossiers.guest.title')}>
        <p role="status">{t('dossiers.guest.loading')}</p>
      </AuthCard>
    );
  }
  if (dossier.isError) {
    return (
      <AuthCard title={t('dossiers.guest.title')}>
        <p role="alert" className="error">
          {errorMessage(dossier.error)}
        </p>
      </AuthCard>
    );
  }
  const view = dossier.data;
  const until = new Date(view.expiresAt).toLocaleDateString(
    i18n.language === 'en' ? 'en-GB' : 'fr-FR',
  );
  return (
    <AuthCard title={view.title}>
      <div className="guest-dossier">
        <p className="dossier-file-meta">
          {t('dossiers.guest.from', { agency: view.agencyName, date: until })}
        </p>
        {view.served === 'blocked' && (
          <p className="dossier-unpaid">{t('dossiers.guest.blocked')}</p>
        )}
        <h2>{t('dossiers.documents')}</h2>
        <DossierFileList
          dossierId={view.dossierId}
          files={view.files}
          guestToken={token}
          disabled={view.served === 'blocked'}
        />
        <DossierDetails
          comments={view.comments}
          steps={view.steps}
          conclusions={view.conclusions}
        />
      </div>
    </AuthCard>
  );
}
